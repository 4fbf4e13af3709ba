package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * The reply to a PIN sign-in: a staff session token for this device, with which the device pushes
 * that person's changes and pulls what that person may see.
 *
 * @param token     bearer token, {@value EnrolResponse#MIN_TOKEN_LENGTH}-{@value EnrolResponse#MAX_TOKEN_LENGTH}
 *                  printable ASCII characters; kept in protected storage
 * @param expiresAt after this instant the server answers {@code session_expired}; the server's clock
 * @param staff     who signed in
 */
public record SessionResponse(String token, Instant expiresAt, StaffSummary staff) {
    private static final Set<String> JSON_FIELDS = Set.of("token", "expiresAt", "staff");

    public SessionResponse {
        Violations v = new Violations();
        Checks.opaque(v, "token", token, EnrolResponse.MIN_TOKEN_LENGTH, EnrolResponse.MAX_TOKEN_LENGTH);
        v.require("expiresAt", expiresAt);
        v.require("staff", staff);
        v.throwIfAny();
    }

    /** Leaves the token out, so it cannot reach a log. */
    @Override
    public String toString() {
        return "SessionResponse[expiresAt=" + expiresAt + ", staff=" + staff + "]";
    }

    public JsonObject toJsonObject() {
        return new JsonOut()
                .put("token", token)
                .put("expiresAt", expiresAt)
                .put("staff", staff.toJsonObject())
                .build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static SessionResponse fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        String token = f.requiredString("token");
        Instant expiresAt = f.requiredInstant("expiresAt");
        JsonFields staffFields = f.requiredObject("staff");
        StaffSummary staff = staffFields == null ? null : StaffSummary.read(staffFields);
        SessionResponse response = f.build(() -> new SessionResponse(token, expiresAt, staff));
        f.throwIfInvalid();
        return response;
    }
}
