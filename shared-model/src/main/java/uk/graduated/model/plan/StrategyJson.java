package uk.graduated.model.plan;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.RecordJson;

/** JSON form of a {@link Strategy}. */
public final class StrategyJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "pupilId", "cycleId", "text", "who");

    private StrategyJson() {
    }

    public static JsonObject toJson(Strategy strategy) {
        return new JsonOut()
                .put("id", strategy.id())
                .put("pupilId", strategy.pupilId())
                .put("cycleId", strategy.cycleId())
                .put("text", strategy.text())
                .put("who", strategy.who())
                .build();
    }

    public static Strategy fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID pupilId = f.requiredUuid("pupilId");
        UUID cycleId = f.requiredUuid("cycleId");
        String text = f.requiredString("text");
        String who = f.requiredString("who");
        return RecordJson.build(f, mark, () -> new Strategy(id, pupilId, cycleId, text, who));
    }
}
