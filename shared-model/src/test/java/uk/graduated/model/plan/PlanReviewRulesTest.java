package uk.graduated.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.sen.BroadArea;

class PlanReviewRulesTest {
    private static final LocalDate REVIEW = PlanExamples.SPRING_REVIEW;

    @Test
    void review_moreThanTwoWeeksAway_isNotYetDue() {
        assertThat(PlanReviewRules.status(PlanExamples.springCycle(), REVIEW.minusDays(15))).isEqualTo(ReviewDue.NOT_YET);
    }

    @Test
    void review_exactlyTwoWeeksAway_isDueSoon() {
        assertThat(PlanReviewRules.status(PlanExamples.springCycle(), REVIEW.minusDays(14))).isEqualTo(ReviewDue.DUE_SOON);
    }

    @Test
    void review_onTheDay_isDueSoon_andTheDayAfter_isOverdue() {
        assertThat(PlanReviewRules.status(PlanExamples.springCycle(), REVIEW)).isEqualTo(ReviewDue.DUE_SOON);
        assertThat(PlanReviewRules.status(PlanExamples.springCycle(), REVIEW.plusDays(1))).isEqualTo(ReviewDue.OVERDUE);
    }

    @Test
    void closedCycle_isNeverDue() {
        assertThat(PlanReviewRules.status(PlanExamples.autumnCycle(), LocalDate.of(2030, 1, 1))).isEqualTo(ReviewDue.NONE);
    }

    @Test
    void warningWindow_canBeChosen() {
        assertThat(PlanReviewRules.status(PlanExamples.springCycle(), REVIEW.minusDays(20), 28)).isEqualTo(ReviewDue.DUE_SOON);
        assertThat(PlanReviewRules.status(REVIEW, REVIEW.minusDays(1), 0)).isEqualTo(ReviewDue.NOT_YET);
        assertThat(PlanReviewRules.status(REVIEW, REVIEW, 0)).isEqualTo(ReviewDue.DUE_SOON);
        assertThatThrownBy(() -> PlanReviewRules.status(REVIEW, REVIEW, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reviewDate_acrossAMonthEnd_countsCalendarDays() {
        LocalDate endOfFebruary = LocalDate.of(2028, 2, 29);
        assertThat(PlanReviewRules.status(endOfFebruary, LocalDate.of(2028, 2, 15), 14)).isEqualTo(ReviewDue.DUE_SOON);
        assertThat(PlanReviewRules.status(endOfFebruary, LocalDate.of(2028, 2, 14), 14)).isEqualTo(ReviewDue.NOT_YET);
        assertThat(PlanReviewRules.status(endOfFebruary, LocalDate.of(2028, 3, 1), 14)).isEqualTo(ReviewDue.OVERDUE);
    }

    @Test
    void activeTarget_followsItsReviewDate_finishedTargetIsNeverDue() {
        assertThat(PlanReviewRules.status(PlanExamples.speakingTarget(), REVIEW.plusDays(3))).isEqualTo(ReviewDue.OVERDUE);
        Target achieved = new Target(PlanExamples.SPEAKING_TARGET_ID, PlanExamples.SPRING_CYCLE_ID, RegisterExamples.POPPY_ID,
                "Outcome", BroadArea.SEMH, "Measure", null, null, REVIEW, TargetStatus.ACHIEVED);
        assertThat(PlanReviewRules.status(achieved, REVIEW.plusDays(3))).isEqualTo(ReviewDue.NONE);
    }
}
