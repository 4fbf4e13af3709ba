package uk.graduated.model.contact;

import java.util.Optional;

/** Whom the SENCO was in touch with about a pupil. */
public enum ContactParty {
    PARENT_CARER("parent_carer"),
    /** An outside service; which one is the log's {@link Agency}. */
    AGENCY("agency");

    private final String code;

    ContactParty(String code) {
        this.code = code;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public static Optional<ContactParty> fromCode(String code) {
        for (ContactParty p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
