package uk.graduated.server.console.signin;

import java.util.Map;

/**
 * What the sign-in page shows.
 *
 * @param email       the address typed, kept after a refusal; never the password
 * @param csrfToken   the token of this browser's sign-in cookie
 * @param next        the console page to go back to after signing in, or null
 * @param notice      why the page is shown (signed out, idle timeout), or null
 * @param error       why the last attempt was refused, or null
 * @param fieldErrors messages by form field ({@code email}, {@code password})
 */
public record SignInForm(String email, String csrfToken, String next, String notice, String error,
        Map<String, String> fieldErrors) {
    public SignInForm {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    public String fieldError(String field) {
        return fieldErrors.get(field);
    }

    /** The id of the field's error message for {@code aria-describedby}, or null when it has none. */
    public String describedBy(String field) {
        return fieldErrors.containsKey(field) ? field + "-error" : null;
    }

    /** {@code "true"} for {@code aria-invalid} when the field has an error, else null (no attribute). */
    public String invalid(String field) {
        return fieldErrors.containsKey(field) ? "true" : null;
    }
}
