package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * The body of {@code POST /api/v1/enrol}: a tablet joins a school with a one-time code the SENCO or
 * an admin created in the console.
 *
 * @param enrolmentCode the code as shown in the console; the server ignores case, spaces and dashes
 * @param deviceName    how the console lists the tablet, e.g. "Rainbow Room tablet"
 * @param platform      the kind of device
 * @param appVersion    the app's version name, e.g. "1.0.0"
 */
public record EnrolRequest(String enrolmentCode, String deviceName, DevicePlatform platform, String appVersion) {
    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_DEVICE_NAME_LENGTH = 80;
    public static final int MAX_APP_VERSION_LENGTH = 32;
    private static final Set<String> JSON_FIELDS = Set.of("enrolmentCode", "deviceName", "platform", "appVersion");

    public EnrolRequest {
        Violations v = new Violations();
        Checks.text(v, "enrolmentCode", enrolmentCode, MAX_CODE_LENGTH);
        Checks.text(v, "deviceName", deviceName, MAX_DEVICE_NAME_LENGTH);
        v.require("platform", platform);
        Checks.text(v, "appVersion", appVersion, MAX_APP_VERSION_LENGTH);
        v.throwIfAny();
    }

    /** Leaves the enrolment code out: it is a credential until used. */
    @Override
    public String toString() {
        return "EnrolRequest[deviceName=" + deviceName + ", platform=" + platform + ", appVersion=" + appVersion + "]";
    }

    public JsonObject toJsonObject() {
        return new JsonOut()
                .put("enrolmentCode", enrolmentCode)
                .put("deviceName", deviceName)
                .putCode("platform", platform, DevicePlatform::code)
                .put("appVersion", appVersion)
                .build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static EnrolRequest fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        String enrolmentCode = f.requiredString("enrolmentCode");
        String deviceName = f.requiredString("deviceName");
        DevicePlatform platform = f.requiredCode("platform", DevicePlatform::fromCode, DevicePlatform.allowedCodes());
        String appVersion = f.requiredString("appVersion");
        EnrolRequest request = f.build(() -> new EnrolRequest(enrolmentCode, deviceName, platform, appVersion));
        f.throwIfInvalid();
        return request;
    }
}
