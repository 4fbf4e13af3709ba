package uk.graduated.server.console.provision;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.intervention.Assessment;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.intervention.Score;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.AttendanceStatus;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;
import uk.graduated.server.auth.Timestamps;

/**
 * Reads a school's provision map as the shared model's records (interventions, group memberships,
 * session logs), so costs and planned sessions come from the model's own rules. Every query is bounded
 * by the school and skips tombstones.
 */
public final class ProvisionDao {
    private final Handle handle;
    private final UUID schoolId;

    public ProvisionDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    /** Every intervention, planned, running or ended, by name. */
    public List<Intervention> interventions() {
        return handle.createQuery("select * from intervention where school_id = :school and not deleted order by name, id")
                .bind("school", schoolId)
                .map((rs, ctx) -> intervention(rs))
                .list();
    }

    public List<GroupMembership> memberships() {
        return handle.createQuery("""
                        select * from group_membership where school_id = :school and not deleted
                        order by joined_on, id""")
                .bind("school", schoolId)
                .map((rs, ctx) -> membership(rs))
                .list();
    }

    /** The sessions logged from {@code from} to {@code to}, both included, oldest first. */
    public List<SessionLog> sessions(LocalDate from, LocalDate to) {
        return handle.createQuery("""
                        select * from session_log
                        where school_id = :school and not deleted and date between :from and :to
                        order by date, recorded_at, id""")
                .bind("school", schoolId)
                .bind("from", from)
                .bind("to", to)
                .map((rs, ctx) -> session(rs))
                .list();
    }

    /** Display names of the school's staff, deactivated ones included (they may have led a group). */
    public Map<UUID, String> staffNames() {
        Map<UUID, String> names = new HashMap<>();
        handle.createQuery("select id, display_name from staff where school_id = :school")
                .bind("school", schoolId)
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    private Intervention intervention(ResultSet rs) throws SQLException {
        Schedule schedule = new Schedule(days(rs.getArray("schedule_days")), rs.getInt("sessions_per_week"),
                rs.getInt("minutes_per_session"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), (Integer) rs.getObject("weeks"),
                rs.getObject("start_time", LocalTime.class));
        return new Intervention(rs.getObject("id", UUID.class), schoolId, rs.getString("name"),
                BroadArea.fromCode(rs.getString("area_of_need")).orElseThrow(), rs.getString("intended_outcome"),
                new Assessment(rs.getString("assessment_name"), rs.getString("assessment_unit"),
                        rs.getBoolean("assessment_higher_is_better")),
                Arrays.asList((UUID[]) rs.getArray("lead_staff_ids").getArray()), schedule,
                new Costs(rs.getLong("staff_hourly_cost_pence"), rs.getLong("resources_cost_pence")),
                rs.getInt("max_group_size"), InterventionStatus.fromCode(rs.getString("status")).orElseThrow());
    }

    private static GroupMembership membership(ResultSet rs) throws SQLException {
        return new GroupMembership(rs.getObject("id", UUID.class), rs.getObject("intervention_id", UUID.class),
                rs.getObject("pupil_id", UUID.class), rs.getObject("joined_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class),
                score(rs.getBigDecimal("entry_value"), rs.getObject("entry_taken_on", LocalDate.class)),
                score(rs.getBigDecimal("exit_value"), rs.getObject("exit_taken_on", LocalDate.class)));
    }

    private static Score score(BigDecimal value, LocalDate takenOn) {
        return value == null ? null : new Score(value, takenOn);
    }

    private static SessionLog session(ResultSet rs) throws SQLException {
        List<Attendance> attendance = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(rs.getString("attendance")).getAsJsonArray()) {
            JsonObject a = e.getAsJsonObject();
            attendance.add(new Attendance(UUID.fromString(a.get("pupilId").getAsString()),
                    AttendanceStatus.fromCode(a.get("status").getAsString()).orElseThrow(),
                    a.has("absenceReason") ? AbsenceReason.fromCode(a.get("absenceReason").getAsString()).orElseThrow()
                            : null,
                    a.has("note") ? a.get("note").getAsString() : null));
        }
        List<TargetRating> ratings = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(rs.getString("ratings")).getAsJsonArray()) {
            JsonObject r = e.getAsJsonObject();
            ratings.add(new TargetRating(UUID.fromString(r.get("pupilId").getAsString()),
                    UUID.fromString(r.get("targetId").getAsString()),
                    Rating.fromValue(r.get("rating").getAsInt()).orElseThrow()));
        }
        return new SessionLog(rs.getObject("id", UUID.class), rs.getObject("intervention_id", UUID.class),
                rs.getObject("date", LocalDate.class), rs.getObject("start_time", LocalTime.class), rs.getInt("minutes"),
                rs.getObject("delivered_by", UUID.class), attendance, ratings, rs.getString("notes"),
                rs.getBoolean("concern_flagged"), rs.getString("concern_text"), Timestamps.instant(rs, "recorded_at"),
                rs.getObject("recorded_device", UUID.class));
    }

    private static Set<DayOfWeek> days(Array column) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : (String[]) column.getArray()) {
            days.add(DayOfWeek.valueOf(code.toUpperCase(Locale.ROOT)));
        }
        return days;
    }
}
