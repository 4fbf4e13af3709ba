package uk.graduated.server.console.reports;

import java.time.LocalDate;

/**
 * The termly SEN summary for governors and the SEN information report: aggregates only, no pupil is
 * named, counts under 5 suppressed. Roll figures are taken on {@code asOf} (the term's last day, or today
 * during the term) and on the last day of the previous term.
 *
 * @param overdueNow EHC annual reviews overdue today; null for a past term
 */
public record GovernorsReport(Term term, LocalDate asOf, LocalDate today, RollFigures roll, RollFigures previousRoll,
        DeliveryFigures delivery, DeliveryFigures previousDelivery, EhcReviewFigures ehcReviews,
        EhcReviewFigures previousEhcReviews, PupilCount overdueNow) {

    public Term previousTerm() {
        return term.previous();
    }

    public boolean isCurrentTerm() {
        return !today.isAfter(term.end());
    }
}
