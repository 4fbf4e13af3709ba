package uk.graduated.model.intervention;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonLists;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.sen.BroadArea;

/**
 * JSON form of an {@link Intervention}. The assessment, schedule and costs are nested objects;
 * days of the week travel as lowercase English names ({@code "monday"}), money as whole pence.
 */
public final class InterventionJson {
    static final Set<String> FIELDS = Set.of("id", "schoolId", "name", "areaOfNeed", "intendedOutcome",
            "assessment", "leadStaffIds", "schedule", "costs", "maxGroupSize", "status");
    static final Set<String> ASSESSMENT_FIELDS = Set.of("name", "unit", "higherIsBetter");
    static final Set<String> SCHEDULE_FIELDS = Set.of("days", "sessionsPerWeek", "minutesPerSession", "startDate",
            "endDate", "weeks", "startTime");
    static final Set<String> COSTS_FIELDS = Set.of("staffHourlyCostPence", "resourcesCostPence");
    private static final String AREAS = Arrays.stream(BroadArea.values())
            .map(BroadArea::code).collect(Collectors.joining(", "));
    private static final String DAYS = Arrays.stream(DayOfWeek.values())
            .map(InterventionJson::dayCode).collect(Collectors.joining(", "));

    private InterventionJson() {
    }

    public static JsonObject toJson(Intervention intervention) {
        Schedule schedule = intervention.schedule();
        Assessment assessment = intervention.assessment();
        return new JsonOut()
                .put("id", intervention.id())
                .put("schoolId", intervention.schoolId())
                .put("name", intervention.name())
                .putCode("areaOfNeed", intervention.areaOfNeed(), BroadArea::code)
                .put("intendedOutcome", intervention.intendedOutcome())
                .put("assessment", new JsonOut()
                        .put("name", assessment.name())
                        .put("unit", assessment.unit())
                        .put("higherIsBetter", assessment.higherIsBetter()))
                .putList("leadStaffIds", intervention.leadStaffIds(), id -> new JsonPrimitive(id.toString()))
                .put("schedule", new JsonOut()
                        .putList("days", new ArrayList<>(schedule.days()), d -> new JsonPrimitive(dayCode(d)))
                        .put("sessionsPerWeek", schedule.sessionsPerWeek())
                        .put("minutesPerSession", schedule.minutesPerSession())
                        .put("startDate", schedule.startDate())
                        .put("endDate", schedule.endDate())
                        .put("weeks", schedule.weeks())
                        .put("startTime", schedule.startTime()))
                .put("costs", new JsonOut()
                        .put("staffHourlyCostPence", intervention.costs().staffHourlyCostPence())
                        .put("resourcesCostPence", intervention.costs().resourcesCostPence()))
                .put("maxGroupSize", intervention.maxGroupSize())
                .putCode("status", intervention.status(), InterventionStatus::code)
                .build();
    }

    public static Intervention fromJson(JsonFields f) {
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID schoolId = f.requiredUuid("schoolId");
        String name = f.requiredString("name");
        BroadArea areaOfNeed = f.requiredCode("areaOfNeed", BroadArea::fromCode, AREAS);
        String intendedOutcome = f.requiredString("intendedOutcome");
        Assessment assessment = assessment(f.requiredObject("assessment"));
        List<UUID> leadStaffIds = JsonLists.uuids(f, "leadStaffIds");
        Schedule schedule = schedule(f.requiredObject("schedule"));
        Costs costs = costs(f.requiredObject("costs"));
        int maxGroupSize = f.requiredInt("maxGroupSize");
        InterventionStatus status = f.requiredCode("status", InterventionStatus::fromCode,
                InterventionStatus.allowedCodes());
        Intervention intervention = f.build(() -> new Intervention(id, schoolId, name, areaOfNeed, intendedOutcome,
                assessment, leadStaffIds, schedule, costs, maxGroupSize, status));
        f.throwIfInvalid();
        return intervention;
    }

    private static Assessment assessment(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.rejectUnknown(ASSESSMENT_FIELDS);
        String name = f.requiredString("name");
        String unit = f.requiredString("unit");
        boolean higherIsBetter = f.requiredBoolean("higherIsBetter");
        return f.build(() -> new Assessment(name, unit, higherIsBetter));
    }

    private static Schedule schedule(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.rejectUnknown(SCHEDULE_FIELDS);
        Set<DayOfWeek> days = days(f);
        int sessionsPerWeek = f.requiredInt("sessionsPerWeek");
        int minutesPerSession = f.requiredInt("minutesPerSession");
        LocalDate startDate = f.requiredDate("startDate");
        LocalDate endDate = f.optionalDate("endDate");
        Integer weeks = f.optionalInt("weeks");
        LocalTime startTime = f.optionalTime("startTime");
        return f.build(() -> new Schedule(days, sessionsPerWeek, minutesPerSession, startDate, endDate, weeks,
                startTime));
    }

    private static Costs costs(JsonFields f) {
        if (f == null) {
            return null;
        }
        f.rejectUnknown(COSTS_FIELDS);
        long staffHourlyCostPence = f.requiredLong("staffHourlyCostPence");
        long resourcesCostPence = f.requiredLong("resourcesCostPence");
        return f.build(() -> new Costs(staffHourlyCostPence, resourcesCostPence));
    }

    private static Set<DayOfWeek> days(JsonFields f) {
        return JsonLists.codes(f, "days", InterventionJson::dayFromCode, DAYS, EnumSet.noneOf(DayOfWeek.class));
    }

    private static String dayCode(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<DayOfWeek> dayFromCode(String code) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> dayCode(d).equals(code)).findFirst();
    }
}
