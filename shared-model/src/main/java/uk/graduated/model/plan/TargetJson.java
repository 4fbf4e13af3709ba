package uk.graduated.model.plan;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;
import uk.graduated.model.sen.BroadArea;

/** JSON form of a {@link Target}. */
public final class TargetJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "cycleId", "pupilId", "outcome", "areaOfNeed",
            "measure", "baseline", "goal", "reviewDate", "status");
    private static final String AREAS = Arrays.stream(BroadArea.values())
            .map(BroadArea::code).collect(Collectors.joining(", "));
    private static final String STATUSES = Arrays.stream(TargetStatus.values())
            .map(TargetStatus::code).collect(Collectors.joining(", "));

    private TargetJson() {
    }

    public static JsonObject toJson(Target target) {
        return new JsonOut()
                .put("id", target.id())
                .put("cycleId", target.cycleId())
                .put("pupilId", target.pupilId())
                .put("outcome", target.outcome())
                .putCode("areaOfNeed", target.areaOfNeed(), BroadArea::code)
                .put("measure", target.measure())
                .put("baseline", target.baseline())
                .put("goal", target.goal())
                .put("reviewDate", target.reviewDate())
                .putCode("status", target.status(), TargetStatus::code)
                .build();
    }

    public static Target fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID cycleId = f.requiredUuid("cycleId");
        UUID pupilId = f.requiredUuid("pupilId");
        String outcome = f.requiredString("outcome");
        BroadArea areaOfNeed = f.requiredCode("areaOfNeed", BroadArea::fromCode, AREAS);
        String measure = f.requiredString("measure");
        String baseline = f.optionalString("baseline");
        String goal = f.optionalString("goal");
        LocalDate reviewDate = f.requiredDate("reviewDate");
        TargetStatus status = f.requiredCode("status", TargetStatus::fromCode, STATUSES);
        return RecordJson.build(f, mark, () -> new Target(id, cycleId, pupilId, outcome, areaOfNeed,
                measure, baseline, goal, reviewDate, status));
    }
}
