package uk.graduated.model.session;

import java.util.Arrays;
import java.util.Optional;

/**
 * How much help a pupil needed with a target in one session: a fixed four-point scale a TA taps
 * once per pupil and target. Synced as its {@link #value()} so reports can average it.
 */
public enum Rating {
    NOT_YET(1, "Not yet", "Not yet"),
    WITH_LOTS_OF_HELP(2, "Lots of help", "With lots of help"),
    WITH_SOME_HELP(3, "Some help", "With some help"),
    INDEPENDENTLY(4, "Independent", "Independently");

    private final int value;
    private final String label;
    private final String description;

    Rating(int value, String label, String description) {
        this.value = value;
        this.label = label;
        this.description = description;
    }

    /** Position on the scale, 1 (not yet) to 4 (independently); the stable wire value. */
    public int value() {
        return value;
    }

    /** Short enough for a one-tap button. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<Rating> fromValue(int value) {
        return Arrays.stream(values()).filter(r -> r.value == value).findFirst();
    }
}
