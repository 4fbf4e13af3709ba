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

/** JSON form of a {@link PlanCycle}. */
public final class PlanCycleJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "planId", "startDate", "reviewDate", "status");
    private static final String STAGES = Arrays.stream(CycleStage.values())
            .map(CycleStage::code).collect(Collectors.joining(", "));

    private PlanCycleJson() {
    }

    public static JsonObject toJson(PlanCycle cycle) {
        return new JsonOut()
                .put("id", cycle.id())
                .put("planId", cycle.planId())
                .put("startDate", cycle.startDate())
                .put("reviewDate", cycle.reviewDate())
                .putCode("status", cycle.status(), CycleStage::code)
                .build();
    }

    public static PlanCycle fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID planId = f.requiredUuid("planId");
        LocalDate startDate = f.requiredDate("startDate");
        LocalDate reviewDate = f.requiredDate("reviewDate");
        CycleStage status = f.requiredCode("status", CycleStage::fromCode, STAGES);
        return RecordJson.build(f, mark, () -> new PlanCycle(id, planId, startDate, reviewDate, status));
    }
}
