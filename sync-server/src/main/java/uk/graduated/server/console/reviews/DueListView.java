package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import java.util.List;
import uk.graduated.model.ehc.AnnualReviewRules;

/**
 * The due list: overdue reviews first, then those due within the chosen number of weeks.
 *
 * @param weeks        the window chosen
 * @param weekChoices  the windows offered
 */
public record DueListView(LocalDate today, int weeks, List<Integer> weekChoices, List<DueItem> overdue,
        List<DueItem> upcoming) {
    public DueListView {
        weekChoices = List.copyOf(weekChoices);
        overdue = List.copyOf(overdue);
        upcoming = List.copyOf(upcoming);
    }

    /** The last day of the window. */
    public LocalDate until() {
        return today.plusWeeks(weeks);
    }

    public int ehcNoticeDays() {
        return AnnualReviewRules.INVITATION_NOTICE_DAYS;
    }

    public int reportDays() {
        return AnnualReviewRules.REPORT_TO_LA_DAYS;
    }

    public int parentNoticeDays() {
        return DueReviews.PARENT_NOTICE_DAYS;
    }
}
