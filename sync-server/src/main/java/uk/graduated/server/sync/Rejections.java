package uk.graduated.server.sync;

import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.model.validation.FieldError;

/** Rejected outcomes with sentences a person can act on. */
final class Rejections {
    private Rejections() {
    }

    static MutationOutcome.Rejected of(UUID mutationId, RejectionCode code, String message) {
        return new MutationOutcome.Rejected(mutationId, code, null, message, List.of());
    }

    /**
     * {@code validation_failed} naming every field: the message is the only error's, or sums them
     * up; {@code field} is set when exactly one field is at fault.
     */
    static MutationOutcome.Rejected invalid(UUID mutationId, List<FieldError> errors) {
        FieldError first = errors.get(0);
        String message = errors.size() == 1 ? first.message()
                : errors.size() + " fields are invalid; the first is " + first.field() + ": " + first.message();
        List<FieldError> listed = errors.size() > ErrorBody.MAX_ERRORS ? errors.subList(0, ErrorBody.MAX_ERRORS) : errors;
        return new MutationOutcome.Rejected(mutationId, RejectionCode.VALIDATION_FAILED,
                errors.size() == 1 ? cut(first.field()) : null, cut(message), listed);
    }

    private static String cut(String text) {
        return text.length() <= ErrorBody.MAX_TEXT_LENGTH ? text : text.substring(0, ErrorBody.MAX_TEXT_LENGTH - 3) + "...";
    }
}
