package uk.graduated.model.ehc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.graduated.model.pupil.RegisterExamples;

class AnnualReviewRulesTest {
    /** Over five at every date these tests use, so reviews are yearly. */
    private static final LocalDate OVER_FIVE = LocalDate.of(2010, 1, 22);
    private static final LocalDate MILO_BORN = RegisterExamples.milo().dateOfBirth();

    private static LocalDate due(String base, LocalDate born) {
        return AnnualReviewRules.reviewDueDate(EhcExamples.reviewedOn(LocalDate.parse(base)), born);
    }

    @Test
    void issuedOnALeapDay_isDueOn28February() {
        assertThat(due("2024-02-29", OVER_FIVE)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @ParameterizedTest(name = "{0} + 12 months -> due by {1}")
    @CsvSource({
        "2024-01-15, 2025-01-14", // the period of 12 months starting with 15 January ends on 14 January
        "2019-01-01, 2019-12-31", // a plan made on 1 January is reviewed by 31 December
        "2023-02-28, 2024-02-27", // 28 February exists next year, so the period ends the day before it
        "2023-03-01, 2024-02-29", // ... and into a leap February
        "2024-12-31, 2025-12-30",
    })
    void yearlyReview_isDueTheDayBeforeTheAnniversary(String base, String expected) {
        assertThat(due(base, OVER_FIVE)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} + 6 months -> due by {1}")
    @CsvSource({
        "2025-08-31, 2026-02-28", // no 31 February: the period runs to the month's end
        "2023-08-31, 2024-02-29", // ... a leap February's end
        "2024-02-29, 2024-08-28", // 29 August exists, so the day before it
        "2026-03-31, 2026-09-30", // no 31 September
        "2026-09-30, 2027-03-29",
    })
    void underFive_isDueWithinSixMonths(String base, String expected) {
        LocalDate bornTwoYearsBefore = LocalDate.parse(base).minusYears(2);
        assertThat(due(base, bornTwoYearsBefore)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void underFive_isJudgedOnTheDayTheLastReviewWasHeld() {
        LocalDate lastReview = LocalDate.of(2026, 6, 10);
        LocalDate fiveThatDay = lastReview.minusYears(5);
        LocalDate fiveTheNextDay = fiveThatDay.plusDays(1);

        assertThat(AnnualReviewRules.reviewsAsUnderFive(EhcExamples.reviewedOn(lastReview), fiveThatDay)).isFalse();
        assertThat(due("2026-06-10", fiveThatDay)).isEqualTo(LocalDate.of(2027, 6, 9));
        assertThat(due("2026-06-10", fiveTheNextDay)).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void lastReview_takesOverFromTheIssueDate() {
        assertThat(AnnualReviewRules.reviewDueDate(EhcExamples.idrisPlan(), OVER_FIVE)).isEqualTo(LocalDate.of(2027, 6, 9));
    }

    @Test
    void invitations_goOutTwoWeeksBeforeTheBookedMeeting() {
        // Meeting Thursday 20 May 2027.
        assertThat(AnnualReviewRules.latestInvitationDate(EhcExamples.idrisPlan(), OVER_FIVE))
                .isEqualTo(LocalDate.of(2027, 5, 6));
    }

    @Test
    void invitations_withNoMeetingBooked_goOutTwoWeeksBeforeTheDueDate() {
        // Milo: issued 15 September 2026 aged three, so due by 14 March 2027; invitations by 28 February.
        assertThat(AnnualReviewRules.reviewDueDate(EhcExamples.miloPlan(), MILO_BORN)).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(AnnualReviewRules.latestInvitationDate(EhcExamples.miloPlan(), MILO_BORN))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void invitationDeadline_crossesMonthAndLeapFebruaryEnds() {
        EhcPlan meetingOn10March = new EhcPlan(EhcExamples.IDRIS_PLAN_ID, RegisterExamples.IDRIS_ID,
                LocalDate.of(2027, 4, 1), null, LocalDate.of(2028, 3, 10), null, EhcExamples.AUTHORITY);
        assertThat(AnnualReviewRules.latestInvitationDate(meetingOn10March, OVER_FIVE)).isEqualTo(LocalDate.of(2028, 2, 25));
    }

    @Test
    void reportToTheAuthority_isDueTwoWeeksAfterTheMeeting() {
        assertThat(AnnualReviewRules.reportToLaDueDate(LocalDate.of(2026, 12, 22))).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(AnnualReviewRules.reportToLaDueDate(LocalDate.of(2028, 2, 20))).isEqualTo(LocalDate.of(2028, 3, 5));
        assertThat(AnnualReviewRules.reportToLaDueDate(EhcExamples.idrisPlan())).contains(LocalDate.of(2027, 6, 3));
        assertThat(AnnualReviewRules.reportToLaDueDate(EhcExamples.miloPlan())).isEmpty();
    }

    @Test
    void status_isOk_untilSixWeeksBefore_thenDueSoon_thenOverdueAfterTheDueDay() {
        EhcPlan plan = EhcExamples.reviewedOn(LocalDate.of(2024, 2, 29));
        LocalDate due = LocalDate.of(2025, 2, 28);

        assertThat(AnnualReviewRules.status(plan, OVER_FIVE, due.minusDays(43))).isEqualTo(AnnualReviewStatus.OK);
        assertThat(AnnualReviewRules.status(plan, OVER_FIVE, due.minusDays(42))).isEqualTo(AnnualReviewStatus.DUE_SOON);
        assertThat(AnnualReviewRules.status(plan, OVER_FIVE, due)).isEqualTo(AnnualReviewStatus.DUE_SOON);
        assertThat(AnnualReviewRules.status(plan, OVER_FIVE, LocalDate.of(2025, 3, 1))).isEqualTo(AnnualReviewStatus.OVERDUE);
    }

    @Test
    void status_warningWindow_canBeChosen() {
        EhcPlan plan = EhcExamples.idrisPlan();
        LocalDate today = RegisterExamples.TODAY;

        assertThat(AnnualReviewRules.status(plan, OVER_FIVE, today)).isEqualTo(AnnualReviewStatus.OK);
        assertThat(AnnualReviewRules.status(plan, OVER_FIVE, today, 90)).isEqualTo(AnnualReviewStatus.DUE_SOON);
        assertThatThrownBy(() -> AnnualReviewRules.status(plan, OVER_FIVE, today, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void milo_isOverdueOnTheExamplesToday() {
        assertThat(AnnualReviewRules.status(EhcExamples.miloPlan(), MILO_BORN, RegisterExamples.TODAY))
                .isEqualTo(AnnualReviewStatus.OVERDUE);
    }

    @Test
    void invitationLate_whenUnsentPastTheDeadline_orSentAfterIt() {
        EhcPlan unsent = EhcExamples.miloPlan();
        LocalDate deadline = LocalDate.of(2027, 2, 28);
        assertThat(AnnualReviewRules.invitationLate(unsent, MILO_BORN, deadline)).isFalse();
        assertThat(AnnualReviewRules.invitationLate(unsent, MILO_BORN, deadline.plusDays(1))).isTrue();

        EhcPlan sentOnTime = EhcExamples.idrisPlan();
        assertThat(AnnualReviewRules.invitationLate(sentOnTime, OVER_FIVE, LocalDate.of(2027, 5, 19))).isFalse();

        EhcPlan sentLate = new EhcPlan(EhcExamples.IDRIS_PLAN_ID, RegisterExamples.IDRIS_ID, LocalDate.of(2024, 2, 29),
                LocalDate.of(2026, 6, 10), LocalDate.of(2027, 5, 20), LocalDate.of(2027, 5, 7), EhcExamples.AUTHORITY);
        assertThat(AnnualReviewRules.invitationLate(sentLate, OVER_FIVE, LocalDate.of(2027, 5, 7))).isTrue();
    }
}
