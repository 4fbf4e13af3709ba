package uk.graduated.model.session;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether a group member took part in a session. */
public enum AttendanceStatus {
    PRESENT("present"),
    ABSENT("absent");

    private final String code;

    AttendanceStatus(String code) {
        this.code = code;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public static Optional<AttendanceStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(AttendanceStatus::code).collect(Collectors.joining(", "));
    }
}
