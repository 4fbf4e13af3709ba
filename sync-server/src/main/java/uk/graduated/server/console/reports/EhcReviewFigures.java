package uk.graduated.server.console.reports;

/**
 * EHC annual reviews held in a term, and how many by their due date (12 months from the issue or the
 * previous review; 6 for a child under five then), as recorded when the plan's last review date moved.
 */
public record EhcReviewFigures(int held, int onTime) {
    public PupilCount reviews() {
        return PupilCount.of(held);
    }

    /** Held on time, as a percentage; hidden when fewer than 5 reviews were held. */
    public String onTimeShare() {
        if (held == 0) {
            return "none held";
        }
        return reviews().hidden() ? "fewer than 5 reviews" : Figures.percent(onTime, held);
    }
}
