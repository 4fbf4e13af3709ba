package uk.graduated.model.contact;

import java.util.Optional;

/** How a contact took place. */
public enum ContactMethod {
    MEETING("meeting"),
    PHONE("phone"),
    EMAIL("email"),
    LETTER("letter"),
    VIDEO("video");

    private final String code;

    ContactMethod(String code) {
        this.code = code;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public static Optional<ContactMethod> fromCode(String code) {
        for (ContactMethod m : values()) {
            if (m.code.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
