package uk.graduated.model.validation;

import java.util.Objects;

/**
 * One reason a value was refused, naming the field so a form or an API client can point at it.
 *
 * @param field   dotted path of the field, e.g. {@code "upn"} or {@code "needs[0].type"}
 * @param code    stable machine-readable reason, e.g. {@code "required"}, {@code "invalid_format"}
 * @param message sentence a person can act on, e.g. "UPN check letter does not match"
 */
public record FieldError(String field, String code, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
