package uk.graduated.model.plan;

import java.util.Optional;

/** What became of a target; how far the pupil got is the review's {@link ProgressRating}. */
public enum TargetStatus {
    /** Being worked on in the current cycle. */
    ACTIVE("active"),
    ACHIEVED("achieved"),
    /** Not yet met; copied into the next cycle. */
    CARRIED_FORWARD("carried_forward"),
    /** Dropped, e.g. because the need changed. */
    DISCONTINUED("discontinued");

    private final String code;

    TargetStatus(String code) {
        this.code = code;
    }

    /** Stable wire code, never renamed once shipped. */
    public String code() {
        return code;
    }

    public static Optional<TargetStatus> fromCode(String code) {
        for (TargetStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
