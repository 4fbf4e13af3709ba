package uk.graduated.model.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every {@link FieldError} of one value, so a person sees all problems at once rather than
 * one per attempt.
 */
public final class Violations {
    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    public Violations addAll(String prefix, List<FieldError> nested) {
        for (FieldError e : nested) {
            errors.add(new FieldError(prefix + "." + e.field(), e.code(), e.message()));
        }
        return this;
    }

    /** Records a {@code required} error when {@code value} is null or blank; returns whether it was present. */
    public boolean require(String field, Object value) {
        boolean missing = value == null || (value instanceof String s && s.isBlank());
        if (missing) {
            add(field, "required", field + " is required");
        }
        return !missing;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws a {@link ValidationException} carrying every error collected, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(list());
        }
    }
}
