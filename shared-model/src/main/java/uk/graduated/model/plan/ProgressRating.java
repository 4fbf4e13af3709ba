package uk.graduated.model.plan;

import java.util.Optional;

/** A fixed five-step scale for progress against a target, the same at every school so reviews compare. */
public enum ProgressRating {
    NOT_STARTED("not_started", 0),
    EMERGING("emerging", 1),
    DEVELOPING("developing", 2),
    SECURE("secure", 3),
    ACHIEVED("achieved", 4);

    private final String code;
    private final int step;

    ProgressRating(String code, int step) {
        this.code = code;
        this.step = step;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    /** 0 (not started) to 4 (achieved), for averages and charts. */
    public int step() {
        return step;
    }

    public static Optional<ProgressRating> fromCode(String code) {
        for (ProgressRating r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
