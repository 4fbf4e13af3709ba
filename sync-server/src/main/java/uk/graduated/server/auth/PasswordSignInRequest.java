package uk.graduated.server.auth;

import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * The body of {@code POST /api/v1/session/password}: {@code {"email", "password", "schoolId"}}.
 *
 * @param schoolId optional; needed only when one address has accounts at several schools with the
 *                 same password, which the server then says
 */
public record PasswordSignInRequest(String email, String password, UUID schoolId) {
    /** Longer passwords are refused before hashing, so a huge one cannot tie up a CPU. */
    public static final int MAX_PASSWORD_LENGTH = 200;
    private static final Set<String> JSON_FIELDS = Set.of("email", "password", "schoolId");

    public PasswordSignInRequest {
        Violations v = new Violations();
        if (v.require("email", email) && email.length() > TextLimits.EMAIL) {
            v.add("email", "too_long", "email must be at most " + TextLimits.EMAIL + " characters");
        } else if (email != null && email.indexOf('\u0000') >= 0) {
            // The console's form reaches here without JsonFields; PostgreSQL cannot compare text holding NUL.
            v.add("email", "invalid_format", "email must not contain the NUL character");
        }
        if (v.require("password", password) && password.length() > MAX_PASSWORD_LENGTH) {
            v.add("password", "too_long", "password must be at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        v.throwIfAny();
        email = email.strip();
    }

    /** Leaves the password out, so it cannot reach a log. */
    @Override
    public String toString() {
        return "PasswordSignInRequest[schoolId=" + schoolId + "]";
    }

    public static PasswordSignInRequest fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        String email = f.requiredString("email");
        String password = f.requiredString("password");
        UUID schoolId = f.optionalUuid("schoolId");
        PasswordSignInRequest request = f.build(() -> new PasswordSignInRequest(email, password, schoolId));
        f.throwIfInvalid();
        return request;
    }
}
