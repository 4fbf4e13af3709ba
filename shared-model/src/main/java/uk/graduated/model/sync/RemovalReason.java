package uk.graduated.model.sync;

import java.util.Optional;

/** Why a device must remove a record that was not deleted. */
public enum RemovalReason {
    /** The signed-in person may no longer see it: the pupil left their group, their role changed. */
    SCOPE_WITHDRAWN("scope_withdrawn"),
    /** The pupil left the school; the server keeps the records, tablets do not. */
    PUPIL_LEFT("pupil_left");

    private final String code;

    RemovalReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RemovalReason> fromCode(String code) {
        return Codes.find(values(), RemovalReason::code, code);
    }

    public static String allowedCodes() {
        return Codes.allowed(values(), RemovalReason::code);
    }
}
