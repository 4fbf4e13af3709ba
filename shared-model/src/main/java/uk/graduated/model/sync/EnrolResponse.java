package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * The reply to an enrolment: who the device now is, and the token it authenticates with until it is
 * revoked.
 *
 * @param deviceId    the device's id, sent in every push
 * @param deviceToken bearer token of the device, {@value #MIN_TOKEN_LENGTH}-{@value #MAX_TOKEN_LENGTH}
 *                    printable ASCII characters; shown once, stored by the device in protected storage
 * @param schoolId    the school the device now belongs to
 * @param schoolName  the school's name, for the sign-in screen
 */
public record EnrolResponse(UUID deviceId, String deviceToken, UUID schoolId, String schoolName) {
    public static final int MIN_TOKEN_LENGTH = 32;
    public static final int MAX_TOKEN_LENGTH = 512;
    public static final int MAX_SCHOOL_NAME_LENGTH = 200;
    private static final Set<String> JSON_FIELDS = Set.of("deviceId", "deviceToken", "schoolId", "schoolName");

    public EnrolResponse {
        Violations v = new Violations();
        v.require("deviceId", deviceId);
        Checks.opaque(v, "deviceToken", deviceToken, MIN_TOKEN_LENGTH, MAX_TOKEN_LENGTH);
        v.require("schoolId", schoolId);
        Checks.text(v, "schoolName", schoolName, MAX_SCHOOL_NAME_LENGTH);
        v.throwIfAny();
    }

    /** Leaves the token out, so it cannot reach a log. */
    @Override
    public String toString() {
        return "EnrolResponse[deviceId=" + deviceId + ", schoolId=" + schoolId + ", schoolName=" + schoolName + "]";
    }

    public JsonObject toJsonObject() {
        return new JsonOut()
                .put("deviceId", deviceId)
                .put("deviceToken", deviceToken)
                .put("schoolId", schoolId)
                .put("schoolName", schoolName)
                .build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static EnrolResponse fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        UUID deviceId = f.requiredUuid("deviceId");
        String deviceToken = f.requiredString("deviceToken");
        UUID schoolId = f.requiredUuid("schoolId");
        String schoolName = f.requiredString("schoolName");
        EnrolResponse response = f.build(() -> new EnrolResponse(deviceId, deviceToken, schoolId, schoolName));
        f.throwIfInvalid();
        return response;
    }
}
