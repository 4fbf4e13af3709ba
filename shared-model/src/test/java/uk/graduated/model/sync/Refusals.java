package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

/** Runs code that must refuse its input, and hands back the errors it gave. */
final class Refusals {
    private Refusals() {
    }

    static List<FieldError> errorsOf(ThrowingCallable call) {
        List<FieldError> errors = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> errors.addAll(e.errors()));
        return errors;
    }
}
