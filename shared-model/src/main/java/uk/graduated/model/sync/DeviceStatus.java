package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * What the server tells a device about itself: the body of {@code GET /api/v1/device}, and the
 * {@code device} member of a {@code device_suspended} or {@code device_revoked} error.
 *
 * @param deviceId  the device
 * @param state     active, suspended or revoked
 * @param wipe      the instruction to erase all local data now; true exactly when revoked, sent
 *                  explicitly so no client has to infer it
 * @param changedAt when the state took effect (enrolment, for an active device)
 */
public record DeviceStatus(UUID deviceId, DeviceState state, boolean wipe, Instant changedAt) {
    private static final Set<String> JSON_FIELDS = Set.of("deviceId", "state", "wipe", "changedAt");

    public DeviceStatus {
        Violations v = new Violations();
        v.require("deviceId", deviceId);
        v.require("state", state);
        v.require("changedAt", changedAt);
        if (state != null && wipe != (state == DeviceState.REVOKED)) {
            v.add("wipe", "invalid_value", "wipe must be true exactly when state is revoked");
        }
        v.throwIfAny();
    }

    public static DeviceStatus of(UUID deviceId, DeviceState state, Instant changedAt) {
        return new DeviceStatus(deviceId, state, state == DeviceState.REVOKED, changedAt);
    }

    public JsonObject toJsonObject() {
        return new JsonOut()
                .put("deviceId", deviceId)
                .putCode("state", state, DeviceState::code)
                .put("wipe", wipe)
                .put("changedAt", changedAt)
                .build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static DeviceStatus fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        DeviceStatus status = read(f);
        f.throwIfInvalid();
        return status;
    }

    static DeviceStatus read(JsonFields f) {
        f.rejectUnknown(JSON_FIELDS);
        UUID deviceId = f.requiredUuid("deviceId");
        DeviceState state = f.requiredCode("state", DeviceState::fromCode, DeviceState.allowedCodes());
        boolean wipe = f.requiredBoolean("wipe");
        Instant changedAt = f.requiredInstant("changedAt");
        return f.build(() -> new DeviceStatus(deviceId, state, wipe, changedAt));
    }
}
