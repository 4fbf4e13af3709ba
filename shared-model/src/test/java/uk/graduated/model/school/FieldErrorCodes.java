package uk.graduated.model.school;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/** Runs code that must be refused and returns its errors as {@code "field:code"}, easy to assert on. */
public final class FieldErrorCodes {
    private FieldErrorCodes() {
    }

    public static List<String> of(Runnable refused) {
        ValidationException[] caught = new ValidationException[1];
        assertThatThrownBy(refused::run).isInstanceOfSatisfying(ValidationException.class, e -> caught[0] = e);
        return of(caught[0].errors());
    }

    public static List<String> of(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.code()).collect(Collectors.toList());
    }
}
