package uk.graduated.model.session;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a group member missed a session. The SENCO reads these to tell a pupil who is ill from one
 * who is routinely taken out for something else; {@link #OTHER} needs a note.
 */
public enum AbsenceReason {
    ILL("ill", "Ill"),
    PUPIL_UNAVAILABLE("pupil_unavailable", "Not in school"),
    CLASS_ACTIVITY("class_activity", "Class activity"),
    REFUSED("refused", "Refused"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    AbsenceReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    /** Short enough for a one-tap button on the tablet. */
    public String label() {
        return label;
    }

    public static Optional<AbsenceReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(AbsenceReason::code).collect(Collectors.joining(", "));
    }
}
