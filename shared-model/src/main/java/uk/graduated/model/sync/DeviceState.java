package uk.graduated.model.sync;

import java.util.Optional;

/** Whether an enrolled device may sync. */
public enum DeviceState {
    ACTIVE("active"),
    /** Barred for now, e.g. reported missing: keep local data locked, sign everyone out, ask again later. */
    SUSPENDED("suspended"),
    /** Removed for good: erase every local record, outbox included, and return to enrolment. */
    REVOKED("revoked");

    private final String code;

    DeviceState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DeviceState> fromCode(String code) {
        return Codes.find(values(), DeviceState::code, code);
    }

    public static String allowedCodes() {
        return Codes.allowed(values(), DeviceState::code);
    }
}
