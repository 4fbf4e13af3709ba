package uk.graduated.model.plan;

import java.util.Optional;

/** In what capacity someone attended a review; parents and the pupil are expected at every one. */
public enum AttendeeRole {
    PARENT_CARER("parent_carer"),
    PUPIL("pupil"),
    SENCO("senco"),
    CLASS_TEACHER("class_teacher"),
    TEACHING_ASSISTANT("teaching_assistant"),
    /** A visiting professional: speech and language therapist, educational psychologist and so on. */
    EXTERNAL_PROFESSIONAL("external_professional"),
    OTHER("other");

    private final String code;

    AttendeeRole(String code) {
        this.code = code;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public static Optional<AttendeeRole> fromCode(String code) {
        for (AttendeeRole r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
