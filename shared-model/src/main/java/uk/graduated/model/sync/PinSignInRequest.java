package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * The body of {@code POST /api/v1/session/pin}, sent with the device token: a member of staff picks
 * their name on a shared tablet and types their PIN.
 *
 * @param staffId the person signing in
 * @param pin     4 to 8 digits; never logged, never echoed in an error
 */
public record PinSignInRequest(UUID staffId, String pin) {
    private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");
    private static final Set<String> JSON_FIELDS = Set.of("staffId", "pin");

    public PinSignInRequest {
        Violations v = new Violations();
        v.require("staffId", staffId);
        if (v.require("pin", pin) && !PIN.matcher(pin).matches()) {
            v.add("pin", "invalid_format", "pin must be 4 to 8 digits");
        }
        v.throwIfAny();
    }

    /** Leaves the PIN out, so it cannot reach a log. */
    @Override
    public String toString() {
        return "PinSignInRequest[staffId=" + staffId + "]";
    }

    public JsonObject toJsonObject() {
        return new JsonOut().put("staffId", staffId).put("pin", pin).build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static PinSignInRequest fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        UUID staffId = f.requiredUuid("staffId");
        String pin = f.requiredString("pin");
        PinSignInRequest request = f.build(() -> new PinSignInRequest(staffId, pin));
        f.throwIfInvalid();
        return request;
    }
}
