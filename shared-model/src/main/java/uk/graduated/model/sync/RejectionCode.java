package uk.graduated.model.sync;

import java.util.Optional;

/**
 * Why the server refused one mutation. A rejected outbox row is shown to the person who made it,
 * never dropped silently; resending it gets the same answer.
 */
public enum RejectionCode {
    /** The fields break the entity's rules; {@code errors} names each, as {@code fields.<name>}. */
    VALIDATION_FAILED("validation_failed"),
    /** The signed-in person may not write this record: outside their scope, or not in their role. */
    FORBIDDEN("forbidden"),
    /** An edit or delete of a record the server has never had. */
    NOT_FOUND("not_found"),
    /** An edit of a record that has been deleted: deleted stays deleted. */
    ENTITY_DELETED("entity_deleted"),
    /** A second upsert of an insert-only record. */
    INSERT_ONLY("insert_only"),
    /** The entity id already belongs to a record of another type. */
    WRONG_ENTITY_TYPE("wrong_entity_type");

    private final String code;

    RejectionCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RejectionCode> fromCode(String code) {
        return Codes.find(values(), RejectionCode::code, code);
    }

    public static String allowedCodes() {
        return Codes.allowed(values(), RejectionCode::code);
    }
}
