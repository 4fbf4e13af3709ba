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
 * The body of {@code POST /api/v1/sync/push}: outbox rows of one device, oldest first.
 *
 * @param protocolVersion the protocol the mutations were written in; equals the request header
 * @param deviceId        the device sending them; every mutation's {@code deviceId} is this one
 * @param mutations       1 to {@value SyncLimits#MAX_MUTATIONS_PER_PUSH}, in the order they were
 *                        made, no {@code mutationId} twice
 */
public record PushRequest(int protocolVersion, UUID deviceId, List<Mutation> mutations) {
    private static final Set<String> JSON_FIELDS = Set.of("protocolVersion", "deviceId", "mutations");

    public PushRequest {
        Violations v = new Violations();
        Checks.positive(v, "protocolVersion", protocolVersion);
        v.require("deviceId", deviceId);
        if (mutations == null || mutations.isEmpty()) {
            v.add("mutations", "required", "mutations must hold at least one mutation");
        } else if (mutations.size() > SyncLimits.MAX_MUTATIONS_PER_PUSH) {
            v.add("mutations", "too_many", "mutations may hold at most " + SyncLimits.MAX_MUTATIONS_PER_PUSH
                    + " mutations; send the rest in another push");
        } else {
            checkEach(v, deviceId, mutations);
        }
        v.throwIfAny();
        mutations = List.copyOf(mutations);
    }

    private static void checkEach(Violations v, UUID deviceId, List<Mutation> mutations) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < mutations.size(); i++) {
            Mutation m = mutations.get(i);
            String at = "mutations[" + i + "]";
            if (m == null) {
                v.add(at, "required", at + " is required");
                continue;
            }
            if (!seen.add(m.mutationId())) {
                v.add(at + ".mutationId", "duplicate", "mutationId appears twice in this push");
            }
            if (deviceId != null && !deviceId.equals(m.deviceId())) {
                v.add(at + ".deviceId", "device_mismatch", "deviceId must be the pushing device's id");
            }
        }
    }

    public JsonObject toJsonObject() {
        return new JsonOut()
                .put("protocolVersion", protocolVersion)
                .put("deviceId", deviceId)
                .putList("mutations", mutations, Mutation::toJsonObject)
                .build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static PushRequest fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        int protocolVersion = f.requiredInt("protocolVersion");
        UUID deviceId = f.requiredUuid("deviceId");
        List<Mutation> mutations = Wire.readList(f, "mutations", SyncLimits.MAX_MUTATIONS_PER_PUSH, Mutation::read);
        PushRequest request = f.build(() -> new PushRequest(protocolVersion, deviceId, mutations));
        f.throwIfInvalid();
        return request;
    }
}
