package uk.graduated.model.sync;

import java.util.Optional;

/** Why the server cannot continue from a cursor and the device must pull its scope afresh. */
public enum ResyncReason {
    /** The cursor was not issued by this server for this scope, or cannot be read. */
    CURSOR_INVALID("cursor_invalid"),
    /** The cursor is older than the change history the server keeps. */
    CURSOR_EXPIRED("cursor_expired"),
    /** The person's scope changed in a way the server does not express as removals. */
    SCOPE_CHANGED("scope_changed");

    private final String code;

    ResyncReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ResyncReason> fromCode(String code) {
        return Codes.find(values(), ResyncReason::code, code);
    }

    public static String allowedCodes() {
        return Codes.allowed(values(), ResyncReason::code);
    }
}
