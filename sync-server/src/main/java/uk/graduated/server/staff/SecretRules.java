package uk.graduated.server.staff;

import java.util.regex.Pattern;
import uk.graduated.model.validation.ValidationException;

/**
 * What a new PIN or password must be. A PIN is 4 to 6 digits (sign-in accepts the protocol's 4 to
 * 8, so longer PINs could be allowed later without an app change) and not one anyone tries first: a
 * repeated digit or a straight run such as 1234 or 9876. A password is 12 to 200 characters, any
 * characters: length is what makes it strong, and the upper bound keeps hashing cheap.
 */
public final class SecretRules {
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;
    private static final Pattern PIN = Pattern.compile("[0-9]{4,6}");

    private SecretRules() {
    }

    public static void checkPin(String field, String pin) {
        if (pin == null || !PIN.matcher(pin).matches()) {
            throw ValidationException.of(field, "invalid_format", field + " must be 4 to 6 digits");
        }
        if (isRepeatOrRun(pin)) {
            throw ValidationException.of(field, "too_weak",
                    field + " must not repeat one digit or count up or down by one; choose another");
        }
    }

    public static void checkPassword(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD) {
            throw ValidationException.of(field, "too_short", field + " must be at least " + MIN_PASSWORD + " characters");
        }
        if (length > MAX_PASSWORD) {
            throw ValidationException.of(field, "too_long", field + " must be at most " + MAX_PASSWORD + " characters");
        }
    }

    private static boolean isRepeatOrRun(String pin) {
        int step = pin.charAt(1) - pin.charAt(0);
        if (Math.abs(step) > 1) {
            return false;
        }
        for (int i = 2; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
