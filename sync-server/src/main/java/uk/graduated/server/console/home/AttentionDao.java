package uk.graduated.server.console.home;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.server.auth.Timestamps;

/** The home page's queries; each is bounded by the school and reads live (not deleted) records only. */
final class AttentionDao {
    record ConcernRow(UUID sessionId, LocalDate date, String text, String attendanceJson, String intervention,
            String deliveredBy) {
    }

    record InterventionRow(UUID id, String name, List<UUID> leadStaffIds, List<String> days, int sessionsPerWeek,
            int minutesPerSession, LocalDate startDate, LocalDate endDate, Integer weeks, LocalTime startTime) {
    }

    record OutcomeRow(Instant at, String entityType, String json, String staff, String device, boolean needsReview,
            UUID pupilId) {
    }

    private record DayCount(UUID interventionId, LocalDate date, int sessions) {
    }

    private final Handle handle;
    private final UUID schoolId;

    AttentionDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    List<ConcernRow> latestConcerns(int limit) {
        return handle.createQuery("""
                        select s.id, s.date, s.concern_text, s.attendance::text as attendance, i.name as intervention,
                               st.display_name as delivered_by
                        from session_log s
                        join intervention i on i.school_id = s.school_id and i.id = s.intervention_id
                        left join staff st on st.school_id = s.school_id and st.id = s.delivered_by
                        where s.school_id = :school and s.concern_flagged and not s.deleted
                        order by s.date desc, s.recorded_at desc
                        limit :limit""")
                .bind("school", schoolId)
                .bind("limit", limit)
                .map((rs, ctx) -> new ConcernRow(rs.getObject("id", UUID.class), rs.getObject("date", LocalDate.class),
                        rs.getString("concern_text"), rs.getString("attendance"), rs.getString("intervention"),
                        rs.getString("delivered_by")))
                .list();
    }

    List<InterventionRow> runningInterventions() {
        return handle.createQuery("""
                        select id, name, lead_staff_ids, schedule_days, sessions_per_week, minutes_per_session,
                               start_date, end_date, weeks, start_time
                        from intervention
                        where school_id = :school and not deleted and status = 'running'
                        order by name""")
                .bind("school", schoolId)
                .map((rs, ctx) -> new InterventionRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        uuids(rs.getArray("lead_staff_ids")), texts(rs.getArray("schedule_days")),
                        rs.getInt("sessions_per_week"), rs.getInt("minutes_per_session"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        (Integer) rs.getObject("weeks"), rs.getObject("start_time", LocalTime.class)))
                .list();
    }

    /** Sessions logged per intervention and day, {@code from} to {@code to} inclusive. */
    Map<UUID, Map<LocalDate, Integer>> loggedSessions(LocalDate from, LocalDate to) {
        Map<UUID, Map<LocalDate, Integer>> logged = new HashMap<>();
        handle.createQuery("""
                        select intervention_id, date, count(*) as sessions from session_log
                        where school_id = :school and not deleted and date between :from and :to
                        group by intervention_id, date""")
                .bind("school", schoolId)
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> new DayCount(rs.getObject("intervention_id", UUID.class),
                        rs.getObject("date", LocalDate.class), rs.getInt("sessions")))
                .forEach(c -> logged.computeIfAbsent(c.interventionId(), k -> new HashMap<>()).put(c.date(), c.sessions()));
        return logged;
    }

    Map<UUID, String> staffNames() {
        Map<UUID, String> names = new HashMap<>();
        handle.createQuery("select id, display_name from staff where school_id = :school")
                .bind("school", schoolId)
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /** Mutations refused since {@code since}, latest first. */
    List<OutcomeRow> rejections(Instant since, int limit) {
        return handle.createQuery("""
                        select a.applied_at as at, a.entity_type, a.outcome::text as json, st.display_name as staff,
                               d.name as device, false as needs_review, null::uuid as pupil_id
                        from applied_mutation a
                        left join staff st on st.school_id = a.school_id and st.id = a.staff_id
                        left join device d on d.school_id = a.school_id and d.id = a.device_id
                        where a.school_id = :school and a.outcome ->> 'status' = 'rejected' and a.applied_at >= :since
                        order by a.applied_at desc
                        limit :limit""")
                .bind("school", schoolId)
                .bind("since", Timestamps.of(since))
                .bind("limit", limit)
                .map((rs, ctx) -> outcome(rs))
                .list();
    }

    /** Changes merged with a conflicting one since {@code since}: those needing review first, then latest first. */
    List<OutcomeRow> conflicts(Instant since, int limit) {
        return handle.createQuery("""
                        select h.changed_at as at, h.entity_type, h.conflict::text as json, st.display_name as staff,
                               d.name as device, h.needs_review, cl.pupil_ids[1] as pupil_id
                        from record_history h
                        left join staff st on st.school_id = h.school_id and st.id = h.changed_by
                        left join device d on d.school_id = h.school_id and d.id = h.device_id
                        left join change_log cl on cl.school_id = h.school_id and cl.entity_id = h.entity_id
                        where h.school_id = :school and h.conflict is not null and h.changed_at >= :since
                        order by h.needs_review desc, h.changed_at desc
                        limit :limit""")
                .bind("school", schoolId)
                .bind("since", Timestamps.of(since))
                .bind("limit", limit)
                .map((rs, ctx) -> outcome(rs))
                .list();
    }

    private static OutcomeRow outcome(ResultSet rs) throws SQLException {
        return new OutcomeRow(Timestamps.instant(rs, "at"), rs.getString("entity_type"), rs.getString("json"),
                rs.getString("staff"), rs.getString("device"), rs.getBoolean("needs_review"),
                rs.getObject("pupil_id", UUID.class));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add((UUID) id);
        }
        return ids;
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
