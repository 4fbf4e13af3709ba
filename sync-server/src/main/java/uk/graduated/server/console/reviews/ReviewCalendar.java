package uk.graduated.server.console.reviews;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.ehc.AnnualReviewRules;
import uk.graduated.model.plan.PlanReviewRules;
import uk.graduated.server.auth.Principal;

/**
 * The reviews of one month: support-plan reviews planned and held, EHC annual review meetings (or
 * due dates while none is booked), the last day for their invitations while not yet sent, and the
 * annual reviews held.
 */
public final class ReviewCalendar {
    private final Jdbi jdbi;
    private final Clock clock;

    public ReviewCalendar(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public CalendarView month(Principal senco, YearMonth month, boolean asList) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<ReviewEntry> entries = jdbi.inTransaction(h -> {
            DueReviews reviews = new DueReviews(h, senco.schoolId());
            List<ReviewEntry> all = new ArrayList<>();
            for (PlanReviewDue r : reviews.planReviews(today, PlanReviewRules.DEFAULT_DUE_SOON_DAYS)) {
                all.add(new ReviewEntry(r.reviewDate(), ReviewKind.PLAN_REVIEW, r.pupil(), r.overdue(), null));
            }
            for (EhcReviewDue r : reviews.ehcReviews(today, AnnualReviewRules.DEFAULT_DUE_SOON_DAYS)) {
                all.addAll(ehcEntries(r, today));
            }
            for (DueReviews.HeldReview r : reviews.planReviewsHeld(first, last)) {
                all.add(new ReviewEntry(r.date(), ReviewKind.PLAN_REVIEW_HELD, r.pupil(), false, null));
            }
            for (DueReviews.HeldReview r : reviews.ehcReviewsHeld(today)) {
                all.add(new ReviewEntry(r.date(), ReviewKind.EHC_REVIEW_HELD, r.pupil(), false, null));
            }
            return all;
        });
        Map<LocalDate, List<ReviewEntry>> byDay = new HashMap<>();
        for (ReviewEntry entry : entries) {
            if (!entry.date().isBefore(first) && !entry.date().isAfter(last)) {
                byDay.computeIfAbsent(entry.date(), d -> new ArrayList<>()).add(entry);
            }
        }
        byDay.values().forEach(list -> list.sort(Comparator.comparing(ReviewEntry::kind)
                .thenComparing(e -> e.pupil().name())));
        return new CalendarView(month, today, weeks(first, last, today, byDay), asList);
    }

    private static List<ReviewEntry> ehcEntries(EhcReviewDue r, LocalDate today) {
        List<ReviewEntry> entries = new ArrayList<>();
        if (r.meetingDate() != null) {
            entries.add(new ReviewEntry(r.meetingDate(), ReviewKind.EHC_MEETING, r.pupil(),
                    r.meetingDate().isBefore(today), r.meetingAfterDueDate() ? "after the due date" : null));
        } else {
            entries.add(new ReviewEntry(r.dueDate(), ReviewKind.EHC_DUE, r.pupil(), r.overdue(), "no meeting booked"));
        }
        if (r.invitationSent() == null) {
            entries.add(new ReviewEntry(r.invitationsBy(), ReviewKind.EHC_INVITATIONS, r.pupil(), r.invitationLate(),
                    "not sent yet"));
        }
        return entries;
    }

    /** Monday-first weeks from the week of {@code first} to the week of {@code last}. */
    private static List<List<CalendarView.Day>> weeks(LocalDate first, LocalDate last, LocalDate today,
            Map<LocalDate, List<ReviewEntry>> byDay) {
        List<List<CalendarView.Day>> weeks = new ArrayList<>();
        LocalDate day = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!day.isAfter(last)) {
            List<CalendarView.Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                boolean inMonth = !day.isBefore(first) && !day.isAfter(last);
                week.add(new CalendarView.Day(day, inMonth, day.equals(today),
                        inMonth ? byDay.getOrDefault(day, List.of()) : List.of()));
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** The month a request names, e.g. "2026-11"; this month when none is given. */
    public YearMonth monthOf(String param) {
        return MonthParam.parse(param, YearMonth.now(clock));
    }
}
