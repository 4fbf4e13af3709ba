package uk.graduated.server.console.home;

import java.time.LocalDate;
import java.util.List;
import uk.graduated.server.console.reviews.EhcReviewDue;
import uk.graduated.server.console.reviews.PlanReviewDue;

/**
 * Everything the home page lists.
 *
 * @param weekStart     Monday of this week; missed sessions are counted from it up to yesterday
 * @param concernLimit  how many of the latest concerns are listed at most
 */
public record HomeView(LocalDate today, LocalDate weekStart, int concernLimit, List<Attention.Concern> concerns,
        List<PlanReviewDue> planReviews, List<EhcReviewDue> ehcReviews,
        List<Attention.MissedSessions> missedSessions, List<Attention.SyncIssue> syncIssues,
        List<Attention.QuietDevice> quietDevices) {

    public HomeView {
        concerns = List.copyOf(concerns);
        planReviews = List.copyOf(planReviews);
        ehcReviews = List.copyOf(ehcReviews);
        missedSessions = List.copyOf(missedSessions);
        syncIssues = List.copyOf(syncIssues);
        quietDevices = List.copyOf(quietDevices);
    }

    /** Whether any day of this week before today can be compared with the plan. */
    public boolean weekHasPastDays() {
        return weekStart.isBefore(today);
    }

    public long overduePlanReviews() {
        return planReviews.stream().filter(PlanReviewDue::overdue).count();
    }

    public long overdueEhcReviews() {
        return ehcReviews.stream().filter(EhcReviewDue::overdue).count();
    }
}
