package uk.graduated.model.school;

import java.util.Optional;

/** The age range a school or setting serves; decides which year groups and screens apply. */
public enum SchoolPhase {
    NURSERY("nursery"),
    PRIMARY("primary"),
    SECONDARY("secondary"),
    ALL_THROUGH("all_through");

    private final String code;

    SchoolPhase(String code) {
        this.code = code;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public static Optional<SchoolPhase> fromCode(String code) {
        for (SchoolPhase p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Nurseries and all-through schools use the early-years screens (EYFS observations). */
    public boolean hasEarlyYears() {
        return this == NURSERY || this == ALL_THROUGH;
    }
}
