package uk.graduated.model.pupil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/**
 * Unique Pupil Number: 13 characters, a check letter followed by the 3-digit local authority
 * number, the 4-digit establishment number, the last 2 digits of the year of allocation and 3
 * serial digits. A temporary UPN ends in a letter instead of its last serial digit.
 *
 * <p>Check letter, per the UK Government Data Standards Catalogue entry "Unique Pupil Number" v2.0
 * (govtalk.gov.uk/gdsc, agreed 18 Nov 2004) and the DfE's UPN guide restating it: multiply
 * characters 2 to 13 by their position (weights 2 to 13), a final letter counting as its index in
 * {@value #ALPHABET}; the sum modulo 23 indexes the same alphabet. I, O and S are never used, neither
 * as check letter nor as the final letter of a temporary UPN. Worked example: B801200005001 is valid
 * (8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93; 93 mod 23 = 1, B), as in python-stdnum's {@code stdnum.gb.upn}.
 *
 * @param value the canonical form: upper case, no spaces
 */
public record Upn(String value) {
    /** The 23 letters a UPN uses, in check-value order: A=0 ... Z=22. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";
    public static final int LENGTH = 13;
    private static final String FIELD = "upn";

    public Upn {
        List<FieldError> problems = problems(FIELD, value);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Reads a UPN as typed or exported: surrounding spaces and lower case are accepted and normalised. */
    public static Upn parse(String raw) {
        return parse(FIELD, raw);
    }

    /** As {@link #parse(String)}, naming {@code field} in the errors (e.g. "formerUpn"). */
    public static Upn parse(String field, String raw) {
        String canonical = raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
        List<FieldError> problems = problems(field, canonical);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Upn(canonical);
    }

    /**
     * Every reason {@code candidate} (already canonical) is not a UPN; empty when it is one. The
     * check letter is compared only when the rest is well formed, since a sum over bad characters
     * means nothing.
     */
    public static List<FieldError> problems(String field, String candidate) {
        List<FieldError> errors = new ArrayList<>();
        if (candidate == null || candidate.isBlank()) {
            errors.add(new FieldError(field, "required", field + " is required"));
            return errors;
        }
        if (candidate.length() != LENGTH) {
            errors.add(new FieldError(field, "invalid_length",
                    String.format(Locale.ROOT, "%s must be %d characters, not %d", field, LENGTH, candidate.length())));
            return errors;
        }
        if (ALPHABET.indexOf(candidate.charAt(0)) < 0) {
            errors.add(new FieldError(field, "invalid_format",
                    field + " must start with a capital letter other than I, O or S"));
        }
        if (!isValidBody(candidate.substring(1))) {
            errors.add(new FieldError(field, "invalid_format",
                    field + " characters 2 to 12 must be digits and character 13 a digit or a letter other than I, O or S"));
        }
        if (errors.isEmpty() && candidate.charAt(0) != checkLetter(candidate.substring(1))) {
            errors.add(new FieldError(field, "invalid_check_letter",
                    field + " check letter does not match the rest; check it was copied correctly"));
        }
        return errors;
    }

    /**
     * The check letter for the 12 characters that follow it. Tests and demo data use this to make
     * valid fictional UPNs.
     *
     * @throws IllegalArgumentException when {@code lastTwelve} is not 11 digits then a digit or letter
     */
    public static char checkLetter(String lastTwelve) {
        if (lastTwelve == null || !isValidBody(lastTwelve)) {
            throw new IllegalArgumentException("expected 11 digits then a digit or a UPN letter: " + lastTwelve);
        }
        int sum = 0;
        for (int i = 0; i < lastTwelve.length(); i++) {
            int weight = i + 2;
            sum += valueOf(lastTwelve.charAt(i)) * weight;
        }
        return ALPHABET.charAt(sum % 23);
    }

    /** A valid UPN made of its check letter and {@code lastTwelve}. */
    public static Upn withCheckLetter(String lastTwelve) {
        return new Upn(checkLetter(lastTwelve) + lastTwelve);
    }

    /** Temporary UPNs (ending in a letter) are issued while a permanent one is awaited. */
    public boolean isTemporary() {
        return Character.isLetter(value.charAt(LENGTH - 1));
    }

    /** The allocating local authority's three-digit number. */
    public String localAuthorityNumber() {
        return value.substring(1, 4);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isValidBody(String body) {
        if (body.length() != LENGTH - 1) {
            return false;
        }
        for (int i = 0; i < body.length() - 1; i++) {
            if (!isAsciiDigit(body.charAt(i))) {
                return false;
            }
        }
        char last = body.charAt(body.length() - 1);
        return isAsciiDigit(last) || ALPHABET.indexOf(last) >= 0;
    }

    private static int valueOf(char c) {
        return isAsciiDigit(c) ? c - '0' : ALPHABET.indexOf(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
