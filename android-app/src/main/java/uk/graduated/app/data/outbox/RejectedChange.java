package uk.graduated.app.data.outbox;

import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.validation.FieldError;

/**
 * A local change the server refused, as the person sees it: what it was, why, and which field to
 * fix. It stays until they discard it.
 *
 * @param code    the rejection code (validation_failed, forbidden, not_found, entity_deleted, ...)
 * @param field   the field at fault, e.g. {@code fields.minutes}, or null
 * @param message a sentence they can act on
 * @param errors  every field error
 */
public record RejectedChange(UUID mutationId, UUID staffId, EntityType entityType, UUID entityId,
                             Operation operation, String code, String field, String message,
                             List<FieldError> errors) {
    public RejectedChange {
        errors = List.copyOf(errors);
    }
}
