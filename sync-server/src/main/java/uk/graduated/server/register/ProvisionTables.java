package uk.graduated.server.register;

import static uk.graduated.server.register.Kind.BOOL;
import static uk.graduated.server.register.Kind.DATE;
import static uk.graduated.server.register.Kind.DECIMAL;
import static uk.graduated.server.register.Kind.INSTANT;
import static uk.graduated.server.register.Kind.INT;
import static uk.graduated.server.register.Kind.JSONB;
import static uk.graduated.server.register.Kind.LONG;
import static uk.graduated.server.register.Kind.TEXT;
import static uk.graduated.server.register.Kind.TEXT_ARRAY;
import static uk.graduated.server.register.Kind.TIME;
import static uk.graduated.server.register.Kind.UUID_ARRAY;
import static uk.graduated.server.register.Kind.UUID_VALUE;

import com.google.gson.JsonArray;
import java.util.List;
import java.util.Set;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.observation.ObservationJson;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;

/** The provision map and what is recorded as it happens: interventions, groups, sessions, observations. */
final class ProvisionTables {
    private ProvisionTables() {
    }

    static List<RecordTable> all() {
        return List.of(intervention(), membership(), session(), observation());
    }

    private static RecordTable intervention() {
        return new RecordTable(EntityType.INTERVENTION, "intervention",
                f -> InterventionJson.toJson(InterventionJson.fromJson(f)), ScopeRule.interventionItself(),
                Set.of("id", "schoolId"))
                .column("id", UUID_VALUE).column("schoolId", "school_id", UUID_VALUE).column("name", TEXT)
                .column("areaOfNeed", TEXT).column("intendedOutcome", TEXT)
                .column("assessment.name", "assessment_name", TEXT)
                .column("assessment.unit", "assessment_unit", TEXT)
                .column("assessment.higherIsBetter", "assessment_higher_is_better", BOOL)
                .column("leadStaffIds", UUID_ARRAY)
                .column("schedule.days", "schedule_days", TEXT_ARRAY)
                .column("schedule.sessionsPerWeek", "sessions_per_week", INT)
                .column("schedule.minutesPerSession", "minutes_per_session", INT)
                .column("schedule.startDate", "start_date", DATE)
                .column("schedule.endDate", "end_date", DATE)
                .column("schedule.weeks", "weeks", INT)
                .column("schedule.startTime", "start_time", TIME)
                .column("costs.staffHourlyCostPence", "staff_hourly_cost_pence", LONG)
                .column("costs.resourcesCostPence", "resources_cost_pence", LONG)
                .column("maxGroupSize", INT).column("status", TEXT)
                .references("leadStaffIds[]", EntityType.STAFF);
    }

    private static RecordTable membership() {
        return new RecordTable(EntityType.GROUP_MEMBERSHIP, "group_membership",
                f -> GroupMembershipJson.toJson(GroupMembershipJson.fromJson(f)), ScopeRule.membership(),
                Set.of("id", "interventionId", "pupilId"))
                .column("id", UUID_VALUE).column("interventionId", UUID_VALUE).column("pupilId", UUID_VALUE)
                .column("joinedOn", DATE).column("leftOn", DATE)
                .column("entry.value", "entry_value", DECIMAL).column("entry.takenOn", "entry_taken_on", DATE)
                .column("exit.value", "exit_value", DECIMAL).column("exit.takenOn", "exit_taken_on", DATE)
                .references("interventionId", EntityType.INTERVENTION).references("pupilId", EntityType.PUPIL);
    }

    private static RecordTable session() {
        return new RecordTable(EntityType.SESSION_LOG, "session_log",
                f -> SessionLogJson.toJson(SessionLogJson.fromJson(f)), ScopeRule.interventionMember(),
                Set.of("id", "interventionId"))
                .column("id", UUID_VALUE).column("interventionId", UUID_VALUE).column("date", DATE)
                .column("startTime", TIME).column("minutes", INT).column("deliveredBy", UUID_VALUE)
                .column("attendance", JSONB).column("ratings", JSONB).column("notes", TEXT)
                .column("concernFlagged", BOOL).column("concernText", TEXT).column("recordedAt", INSTANT)
                .column("deviceId", "recorded_device", UUID_VALUE)
                .references("interventionId", EntityType.INTERVENTION).references("deliveredBy", EntityType.STAFF)
                .references("attendance[].pupilId", EntityType.PUPIL)
                .references("ratings[].targetId", EntityType.PLAN_TARGET);
    }

    private static RecordTable observation() {
        return new RecordTable(EntityType.OBSERVATION, "observation",
                f -> ObservationJson.toJson(ObservationJson.fromJson(f)), ScopeRule.children(),
                Set.of("id", "schoolId", "childIds"))
                .column("id", UUID_VALUE).column("schoolId", "school_id", UUID_VALUE)
                .column("childIds", UUID_ARRAY).column("text", TEXT).column("photos", JSONB)
                .column("areas", TEXT_ARRAY).column("goals", TEXT_ARRAY).column("band", TEXT)
                .column("characteristics", TEXT_ARRAY).column("nextSteps", TEXT).column("observedAt", INSTANT)
                .column("observedBy", UUID_VALUE).column("room", TEXT)
                .derived("photo_sha256", TEXT_ARRAY, (record, keys) -> {
                    JsonArray hashes = new JsonArray();
                    record.getAsJsonArray("photos").forEach(p -> hashes.add(p.getAsJsonObject().get("sha256")));
                    return hashes;
                })
                .references("childIds[]", EntityType.PUPIL).references("observedBy", EntityType.STAFF);
    }
}
