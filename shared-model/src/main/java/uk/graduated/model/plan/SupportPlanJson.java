package uk.graduated.model.plan;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;

/** JSON form of a {@link SupportPlan}; its cycles travel as their own records ({@link PlanCycleJson}). */
public final class SupportPlanJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "pupilId");

    private SupportPlanJson() {
    }

    public static JsonObject toJson(SupportPlan plan) {
        return new JsonOut()
                .put("id", plan.id())
                .put("pupilId", plan.pupilId())
                .build();
    }

    public static SupportPlan fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID pupilId = f.requiredUuid("pupilId");
        return RecordJson.build(f, mark, () -> new SupportPlan(id, pupilId));
    }
}
