package uk.graduated.model.sen;

import java.util.Optional;

/** The four broad areas of need of the SEND Code of Practice 2015 (6.28-6.35). */
public enum BroadArea {
    COMMUNICATION_AND_INTERACTION("communication_and_interaction", "Communication and interaction"),
    COGNITION_AND_LEARNING("cognition_and_learning", "Cognition and learning"),
    SEMH("semh", "Social, emotional and mental health"),
    SENSORY_AND_PHYSICAL("sensory_and_physical", "Sensory and/or physical");

    private final String code;
    private final String label;

    BroadArea(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<BroadArea> fromCode(String code) {
        for (BroadArea a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
