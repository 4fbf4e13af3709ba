package uk.graduated.server.console.reviews;

import uk.graduated.server.console.pupil.PupilRecords;
import uk.graduated.server.console.pupil.RatingPoint;

/**
 * A target with its session ratings over the pack's period summarised: how many sessions rated it,
 * the first and the latest rating.
 *
 * @param first  the earliest rating in the period, or null when none
 * @param latest the latest rating in the period, or null when none
 */
public record TargetLine(PupilRecords.Target target, int sessionsRated, RatingPoint first, RatingPoint latest) {
    /** Steps moved on the four-point scale from the first rating to the latest (0 with one rating or none). */
    public int change() {
        return first == null ? 0 : latest.rating().value() - first.rating().value();
    }
}
