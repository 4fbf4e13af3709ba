package uk.graduated.model.sync;

import java.util.Optional;

/** What a mutation does to its entity. */
public enum Operation {
    /** Creates the entity, or changes the fields sent and leaves the others as they are. */
    UPSERT("upsert"),
    /** Replaces the entity with a tombstone, which syncs like any change and is never undone. */
    DELETE("delete");

    private final String code;

    Operation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Operation> fromCode(String code) {
        return Codes.find(values(), Operation::code, code);
    }

    public static String allowedCodes() {
        return Codes.allowed(values(), Operation::code);
    }
}
