package uk.graduated.server.console.reports;

/**
 * A number of pupils as published to governors: from 1 to 4 it is shown as "fewer than 5", so a
 * small group cannot be recognised; so is a figure a hidden one could be worked out from.
 *
 * @param hidden whether it is suppressed: small, or hidden so another small one cannot be derived
 */
public record PupilCount(int value, boolean hidden) {
    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "fewer than 5";
    /** What a count hidden only to protect a small one says: it is not small itself. */
    public static final String WITHHELD = "not shown";

    public static PupilCount of(int value) {
        return new PupilCount(value, isSmall(value));
    }

    public static boolean isSmall(int value) {
        return value > 0 && value < THRESHOLD;
    }

    public String display() {
        if (!hidden) {
            return String.valueOf(value);
        }
        return isSmall(value) ? SUPPRESSED : WITHHELD;
    }

    PupilCount hide() {
        return new PupilCount(value, true);
    }
}
