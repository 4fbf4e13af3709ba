package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * The reply to a push: one outcome per mutation, in the order the mutations were sent.
 *
 * @param outcomes 1 to {@value SyncLimits#MAX_MUTATIONS_PER_PUSH}, no {@code mutationId} twice
 */
public record PushResponse(List<MutationOutcome> outcomes) {
    private static final Set<String> JSON_FIELDS = Set.of("outcomes");

    public PushResponse {
        Violations v = new Violations();
        if (outcomes == null || outcomes.isEmpty()) {
            v.add("outcomes", "required", "outcomes must hold one outcome per mutation pushed");
        } else if (outcomes.size() > SyncLimits.MAX_MUTATIONS_PER_PUSH) {
            v.add("outcomes", "too_many", "outcomes may hold at most " + SyncLimits.MAX_MUTATIONS_PER_PUSH);
        } else {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < outcomes.size(); i++) {
                MutationOutcome outcome = outcomes.get(i);
                if (outcome == null) {
                    v.add("outcomes[" + i + "]", "required", "outcomes[" + i + "] is required");
                } else if (!seen.add(outcome.mutationId())) {
                    v.add("outcomes[" + i + "].mutationId", "duplicate", "mutationId appears twice in this response");
                }
            }
        }
        v.throwIfAny();
        outcomes = List.copyOf(outcomes);
    }

    /** Whether this response answers exactly the mutations of {@code request}, in their order. */
    public boolean answers(PushRequest request) {
        if (request.mutations().size() != outcomes.size()) {
            return false;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).mutationId().equals(request.mutations().get(i).mutationId())) {
                return false;
            }
        }
        return true;
    }

    public JsonObject toJsonObject() {
        return new JsonOut().putList("outcomes", outcomes, MutationOutcome::toJsonObject).build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static PushResponse fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        List<MutationOutcome> outcomes = Wire.readList(f, "outcomes", SyncLimits.MAX_MUTATIONS_PER_PUSH,
                MutationOutcome::read);
        PushResponse response = f.build(() -> new PushResponse(outcomes));
        f.throwIfInvalid();
        return response;
    }
}
