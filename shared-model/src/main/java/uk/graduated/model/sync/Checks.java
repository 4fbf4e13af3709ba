package uk.graduated.model.sync;

import java.util.regex.Pattern;
import uk.graduated.model.validation.Violations;

/** Field checks the protocol's messages share. Each records errors rather than throwing. */
final class Checks {
    /** Tokens and cursors: printable ASCII without spaces, so they fit an HTTP header unescaped. */
    private static final Pattern OPAQUE = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    private Checks() {
    }

    /** Required, not blank, at most {@code max} characters. */
    static void text(Violations v, String field, String value, int max) {
        if (v.require(field, value) && value.length() > max) {
            v.add(field, "too_long", field + " must be at most " + max + " characters");
        }
    }

    /** Null, or not blank and at most {@code max} characters. */
    static void optionalText(Violations v, String field, String value, int max) {
        if (value != null) {
            text(v, field, value, max);
        }
    }

    /** Required opaque token: {@code min}-{@code max} printable ASCII characters, no spaces. */
    static void opaque(Violations v, String field, String value, int min, int max) {
        if (!v.require(field, value)) {
            return;
        }
        if (value.length() < min || value.length() > max || !OPAQUE.matcher(value).matches()) {
            v.add(field, "invalid_format", field + " must be " + min + " to " + max
                    + " printable ASCII characters without spaces");
        }
    }

    /** A machine code such as {@code validation_failed}. */
    static void code(Violations v, String field, String value) {
        if (v.require(field, value) && (value.length() > 64 || !CODE.matcher(value).matches())) {
            v.add(field, "invalid_format", field + " must be a lowercase code such as validation_failed");
        }
    }

    static void positive(Violations v, String field, long value) {
        if (value < 1) {
            v.add(field, "out_of_range", field + " must be at least 1");
        }
    }
}
