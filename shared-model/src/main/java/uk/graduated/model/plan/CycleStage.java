package uk.graduated.model.plan;

import java.util.Optional;

/**
 * Where a cycle of the graduated approach stands (SEND Code of Practice 2015, 6.44-6.56): assess the
 * need, plan the support with the parents, do it, review its effect. A reviewed cycle is closed and
 * the next one begins.
 */
public enum CycleStage {
    ASSESS("assess"),
    PLAN("plan"),
    DO("do"),
    REVIEW("review"),
    CLOSED("closed");

    private final String code;

    CycleStage(String code) {
        this.code = code;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public static Optional<CycleStage> fromCode(String code) {
        for (CycleStage s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
