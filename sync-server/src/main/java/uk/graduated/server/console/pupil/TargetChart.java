package uk.graduated.server.console.pupil;

import java.util.List;

/**
 * A target with the chart of its session ratings.
 *
 * @param chart null when no session has rated the pupil against it yet
 */
public record TargetChart(PupilRecords.Target target, RatingChart chart, List<RatingPoint> ratings) {
    public TargetChart {
        ratings = List.copyOf(ratings);
    }

    /** A stable id for the SVG's title and description, unique on the page. */
    public String domId() {
        return "chart-" + target.id();
    }
}
