package uk.graduated.server.console.reviews;

import java.sql.Array;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.sen.BroadArea;

/** The intervention records of one pupil for the annual review pack; bounded by the school, live records only. */
final class PackDao {
    /** A group the pupil belongs or belonged to, with the intervention's schedule and costs. */
    record Membership(UUID interventionId, String name, BroadArea area, LocalDate joined, LocalDate left,
            Schedule schedule, Costs costs) {
    }

    /** One logged session with the pupil on its register. */
    record SessionLine(UUID interventionId, LocalDate date, int minutes, boolean present, String absenceReason) {
    }

    private final Handle handle;
    private final UUID schoolId;
    private final UUID pupilId;

    PackDao(Handle handle, UUID schoolId, UUID pupilId) {
        this.handle = handle;
        this.schoolId = schoolId;
        this.pupilId = pupilId;
    }

    List<Membership> memberships() {
        return handle.createQuery("""
                        select m.intervention_id, m.joined_on, m.left_on, i.name, i.area_of_need, i.schedule_days,
                               i.sessions_per_week, i.minutes_per_session, i.start_date, i.end_date, i.weeks, i.start_time,
                               i.staff_hourly_cost_pence, i.resources_cost_pence
                        from group_membership m
                        join intervention i on i.school_id = m.school_id and i.id = m.intervention_id
                        where m.school_id = :school and m.pupil_id = :pupil and not m.deleted and not i.deleted
                        order by i.name, m.joined_on""")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .map((rs, ctx) -> new Membership(rs.getObject("intervention_id", UUID.class), rs.getString("name"),
                        BroadArea.fromCode(rs.getString("area_of_need")).orElse(null),
                        rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                        new Schedule(days(rs.getArray("schedule_days")), rs.getInt("sessions_per_week"),
                                rs.getInt("minutes_per_session"), rs.getObject("start_date", LocalDate.class),
                                rs.getObject("end_date", LocalDate.class), (Integer) rs.getObject("weeks"),
                                rs.getObject("start_time", LocalTime.class)),
                        new Costs(rs.getLong("staff_hourly_cost_pence"), rs.getLong("resources_cost_pence"))))
                .list();
    }

    /** Sessions from {@code from} to {@code to} with the pupil on the register, present or absent, oldest first. */
    List<SessionLine> sessions(LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        select s.intervention_id, s.date, s.minutes, a ->> 'status' as status, a ->> 'absenceReason' as reason
                        from session_log s
                        cross join lateral jsonb_array_elements(s.attendance) a
                        where s.school_id = :school and not s.deleted and s.date between :from and :to
                          and s.attendance @> cast(:attendee as jsonb) and a ->> 'pupilId' = :pupilText
                        order by s.date, s.recorded_at""")
                .bind("school", schoolId)
                .bind("from", from)
                .bind("to", to)
                .bind("attendee", "[{\"pupilId\":\"" + pupilId + "\"}]")
                .bind("pupilText", pupilId.toString())
                .map((rs, ctx) -> new SessionLine(rs.getObject("intervention_id", UUID.class),
                        rs.getObject("date", LocalDate.class), rs.getInt("minutes"), "present".equals(rs.getString("status")),
                        rs.getString("reason")))
                .list();
    }

    /** Per intervention: how many different pupils were on the registers of the sessions the pupil was on. */
    Map<UUID, Integer> pupilsSharing(LocalDate from, LocalDate to) {
        Map<UUID, Integer> counts = new HashMap<>();
        handle.createQuery("""
                        select s.intervention_id, count(distinct a ->> 'pupilId') as pupils
                        from session_log s
                        cross join lateral jsonb_array_elements(s.attendance) a
                        where s.school_id = :school and not s.deleted and s.date between :from and :to
                          and s.attendance @> cast(:attendee as jsonb)
                        group by s.intervention_id""")
                .bind("school", schoolId)
                .bind("from", from)
                .bind("to", to)
                .bind("attendee", "[{\"pupilId\":\"" + pupilId + "\"}]")
                .map((rs, ctx) -> Map.entry(rs.getObject("intervention_id", UUID.class), rs.getInt("pupils")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static Set<DayOfWeek> days(Array array) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : (String[]) array.getArray()) {
            days.add(DayOfWeek.valueOf(code.toUpperCase(Locale.ROOT)));
        }
        return days;
    }
}
