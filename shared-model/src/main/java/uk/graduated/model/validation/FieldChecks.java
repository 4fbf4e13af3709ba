package uk.graduated.model.validation;

import java.time.LocalDate;
import java.util.Locale;
import uk.graduated.model.validation.Violations;

/**
 * Checks shared by the register's records, so every record reports the same codes and messages for
 * the same mistake. Each check adds to a {@link Violations} and never throws, so a record can report
 * all its problems at once.
 */
public final class FieldChecks {
    /** Code of the error when two dates of one record are in the wrong order. */
    public static final String DATE_ORDER = "date_order";
    /** Code of the error when a text is longer than its limit in {@link TextLimits}. */
    public static final String TOO_LONG = "too_long";
    private FieldChecks() {
    }

    /** A required text: present, not blank, at most {@code max} code points. */
    public static void requiredText(Violations v, String field, String value, int max) {
        if (v.require(field, value)) {
            maxLength(v, field, value, max);
        }
    }

    /** An optional text: absent (null) or at most {@code max} code points. */
    public static void optionalText(Violations v, String field, String value, int max) {
        if (value != null) {
            maxLength(v, field, value, max);
        }
    }

    /** Optional text arrives blank from forms and some MIS exports; store it as absent, not as "". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code later} (optional) must not fall before {@code earlier}; silent when either is missing. */
    public static void notBefore(Violations v, String laterField, LocalDate later, String earlierField,
                                 LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            v.add(laterField, DATE_ORDER, laterField + " must not be before " + earlierField);
        }
    }

    /** {@code later} (optional) must fall strictly after {@code earlier}; silent when either is missing. */
    public static void after(Violations v, String laterField, LocalDate later, String earlierField,
                             LocalDate earlier) {
        if (later != null && earlier != null && !later.isAfter(earlier)) {
            v.add(laterField, DATE_ORDER, laterField + " must be after " + earlierField);
        }
    }

    private static void maxLength(Violations v, String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            v.add(field, TOO_LONG, String.format(Locale.ROOT, "%s must be at most %d characters", field, max));
        }
    }
}
