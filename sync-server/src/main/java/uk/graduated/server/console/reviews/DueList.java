package uk.graduated.server.console.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.ehc.AnnualReviewStatus;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.Principal;

/** Reviews overdue or due within a window of weeks, both kinds together, decided by {@link DueReviews}. */
public final class DueList {
    /** The windows offered; six weeks is the EHC rules' own warning (time to gather advice). */
    static final List<Integer> WEEK_CHOICES = List.of(2, 4, 6, 8, 12);
    static final int DEFAULT_WEEKS = 6;

    private final Jdbi jdbi;
    private final Clock clock;

    public DueList(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public DueListView load(Principal senco, int weeks) {
        LocalDate today = LocalDate.now(clock);
        int days = weeks * 7;
        List<DueItem> items = jdbi.inTransaction(h -> {
            DueReviews reviews = new DueReviews(h, senco.schoolId());
            List<DueItem> all = new ArrayList<>();
            reviews.duePlanReviews(today, days).forEach(r -> all.add(DueItem.of(r)));
            reviews.ehcReviews(today, days).stream().filter(r -> needsActionBy(r, today.plusDays(days)))
                    .forEach(r -> all.add(DueItem.of(r)));
            return all;
        });
        List<DueItem> overdue = new ArrayList<>();
        List<DueItem> upcoming = new ArrayList<>();
        items.forEach(item -> (item.overdue() ? overdue : upcoming).add(item));
        overdue.sort(Comparator.comparing(DueItem::dueBy).thenComparing(i -> i.pupil().name()));
        upcoming.sort(Comparator.comparing(DueItem::reviewDate).thenComparing(i -> i.pupil().name()));
        return new DueListView(today, weeks, WEEK_CHOICES, overdue, upcoming);
    }

    /**
     * An EHC review belongs on the list when its due date falls within the window (or has passed), and
     * also when something must happen before the due date comes near: the booked meeting, or the last
     * day for invitations not yet sent.
     */
    static boolean needsActionBy(EhcReviewDue review, LocalDate until) {
        return review.status() != AnnualReviewStatus.OK
                || review.meetingDate() != null && !review.meetingDate().isAfter(until)
                || review.invitationSent() == null && !review.invitationsBy().isAfter(until);
    }

    /** The {@code weeks} query parameter: one of {@link #WEEK_CHOICES}, {@link #DEFAULT_WEEKS} when absent. */
    static int weeksOf(String param) {
        if (param == null || param.isBlank()) {
            return DEFAULT_WEEKS;
        }
        try {
            int weeks = Integer.parseInt(param.strip());
            if (WEEK_CHOICES.contains(weeks)) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // Refused below, like any other value not offered.
        }
        throw ValidationException.of("weeks", "invalid_value", "weeks must be one of " + WEEK_CHOICES);
    }
}
