package uk.graduated.model.ehc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.graduated.model.pupil.PupilRules;

/**
 * Deadlines of an EHC plan's annual review (Children and Families Act 2014 s.44; SEND Regulations
 * 2014, reg. 20; SEND Code of Practice 2015, 9.166 onwards). Pure functions: callers pass today.
 *
 * <ul>
 *   <li>Section 44(1) asks for a review "in the period of 12 months starting with" the issue or the
 *       last review. Because the period starts with that day, its last day is the day before the
 *       anniversary: issued 15 January 2024, due by 14 January 2025. When the anniversary has no
 *       such day the period runs to the month's end: issued 29 February 2024, due by 28 February
 *       2025.</li>
 *   <li>Under-fives: the Code (9.178) asks authorities to consider a review every 3 to 6 months. We
 *       use 6, the outer end, counted the same way: it is the latest the review should slip to, and
 *       a school reviewing sooner is never flagged wrongly.</li>
 *   <li>Invitations at least 2 weeks before the meeting (reg. 20).</li>
 *   <li>The school's report to the local authority within 2 weeks after the meeting (reg. 20).</li>
 * </ul>
 */
public final class AnnualReviewRules {
    public static final int MONTHS_BETWEEN_REVIEWS = 12;
    public static final int MONTHS_BETWEEN_REVIEWS_UNDER_FIVE = 6;
    public static final int INVITATION_NOTICE_DAYS = 14;
    public static final int REPORT_TO_LA_DAYS = 14;
    /** Six weeks: time to gather advice from health and care before invitations must go out. */
    public static final int DEFAULT_DUE_SOON_DAYS = 42;

    private AnnualReviewRules() {
    }

    /** Whether the child was under five when the last review (or the issue) set the next one. */
    public static boolean reviewsAsUnderFive(EhcPlan plan, LocalDate dateOfBirth) {
        return PupilRules.isUnderFiveOn(dateOfBirth, plan.lastReviewOrIssue());
    }

    /** The latest day the next review meeting may be held: the last day of the review period. */
    public static LocalDate reviewDueDate(EhcPlan plan, LocalDate dateOfBirth) {
        int months = reviewsAsUnderFive(plan, dateOfBirth)
                ? MONTHS_BETWEEN_REVIEWS_UNDER_FIVE
                : MONTHS_BETWEEN_REVIEWS;
        return lastDayOfPeriod(plan.lastReviewOrIssue(), months);
    }

    /**
     * Last day of the period of {@code months} starting with {@code first}: the day before the
     * same day-of-month {@code months} later, or that month's last day when it has no such day
     * ({@link LocalDate#plusMonths} then clamps to the month's end, which is the answer).
     */
    static LocalDate lastDayOfPeriod(LocalDate first, int months) {
        LocalDate anniversary = first.plusMonths(months);
        return anniversary.getDayOfMonth() == first.getDayOfMonth() ? anniversary.minusDays(1) : anniversary;
    }

    /**
     * The last day invitations may go out: two weeks before the booked meeting, or, with no meeting
     * booked yet, two weeks before the due date.
     */
    public static LocalDate latestInvitationDate(EhcPlan plan, LocalDate dateOfBirth) {
        LocalDate meeting = plan.nextReviewMeetingDate() != null
                ? plan.nextReviewMeetingDate()
                : reviewDueDate(plan, dateOfBirth);
        return meeting.minusDays(INVITATION_NOTICE_DAYS);
    }

    /** When the school's report must reach the local authority: two weeks after the meeting. */
    public static LocalDate reportToLaDueDate(LocalDate meetingDate) {
        return meetingDate.plusDays(REPORT_TO_LA_DAYS);
    }

    /** As {@link #reportToLaDueDate(LocalDate)} for the booked meeting; empty when none is booked. */
    public static Optional<LocalDate> reportToLaDueDate(EhcPlan plan) {
        return Optional.ofNullable(plan.nextReviewMeetingDate()).map(AnnualReviewRules::reportToLaDueDate);
    }

    /** Whether invitations are late: not sent by the latest date, or sent after it. */
    public static boolean invitationLate(EhcPlan plan, LocalDate dateOfBirth, LocalDate today) {
        LocalDate latest = latestInvitationDate(plan, dateOfBirth);
        LocalDate sent = plan.invitationSentDate();
        return sent == null ? today.isAfter(latest) : sent.isAfter(latest);
    }

    public static AnnualReviewStatus status(EhcPlan plan, LocalDate dateOfBirth, LocalDate today) {
        return status(plan, dateOfBirth, today, DEFAULT_DUE_SOON_DAYS);
    }

    /**
     * OVERDUE from the day after the due date; DUE_SOON from {@code dueSoonDays} before it up to and
     * including the day itself; OK before that.
     */
    public static AnnualReviewStatus status(EhcPlan plan, LocalDate dateOfBirth, LocalDate today, int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, reviewDueDate(plan, dateOfBirth));
        if (daysLeft < 0) {
            return AnnualReviewStatus.OVERDUE;
        }
        return daysLeft <= dueSoonDays ? AnnualReviewStatus.DUE_SOON : AnnualReviewStatus.OK;
    }
}
