package uk.graduated.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.FieldErrorCodes;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.sen.BroadArea;

class PlanPartsTest {
    private static final UUID ID = PlanExamples.SPEAKING_TARGET_ID;

    @Test
    void cycle_reviewedOnTheDayItStarts_isRejected() {
        LocalDate day = LocalDate.of(2027, 1, 11);
        assertThat(FieldErrorCodes.of(() -> new PlanCycle(ID, PlanExamples.PLAN_ID, day, day, CycleStage.DO)))
                .containsExactly("reviewDate:date_order");
    }

    @Test
    void cycle_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new PlanCycle(null, null, null, null, null)))
                .containsExactly("id:required", "planId:required", "startDate:required", "reviewDate:required",
                        "status:required");
    }

    @Test
    void cycleStage_codes_roundTrip_andOnlyClosedIsNotOpen() {
        for (CycleStage s : CycleStage.values()) {
            assertThat(CycleStage.fromCode(s.code())).contains(s);
            assertThat(s.isOpen()).isEqualTo(s != CycleStage.CLOSED);
        }
    }

    @Test
    void target_withoutBaselineOrGoal_isAccepted_blankCountsAsAbsent() {
        Target target = new Target(ID, PlanExamples.SPRING_CYCLE_ID, RegisterExamples.POPPY_ID, "Outcome",
                BroadArea.SEMH, "Measure", " ", "", PlanExamples.SPRING_REVIEW, TargetStatus.ACTIVE);

        assertThat(target.baseline()).isNull();
        assertThat(target.goal()).isNull();
        assertThat(target.isActive()).isTrue();
    }

    @Test
    void target_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new Target(null, null, null, null, null, null, null, null, null, null)))
                .containsExactly("id:required", "cycleId:required", "pupilId:required", "outcome:required",
                        "areaOfNeed:required", "measure:required", "reviewDate:required", "status:required");
    }

    @Test
    void target_textsOverTheLimit_areRejected() {
        String tooLong = "x".repeat(TextLimits.STATEMENT + 1);
        assertThat(FieldErrorCodes.of(() -> new Target(ID, PlanExamples.SPRING_CYCLE_ID, RegisterExamples.POPPY_ID, tooLong,
                BroadArea.SEMH, tooLong, tooLong, tooLong, PlanExamples.SPRING_REVIEW, TargetStatus.ACTIVE)))
                .containsExactly("outcome:too_long", "measure:too_long", "baseline:too_long", "goal:too_long");
    }

    @Test
    void strategy_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new Strategy(null, null, null, " ", null)))
                .containsExactly("id:required", "pupilId:required", "cycleId:required", "text:required", "who:required");
    }

    @Test
    void review_ofExample_seesParentAttended() {
        assertThat(PlanExamples.autumnReview().parentCarerAttended()).isTrue();
    }

    @Test
    void review_withoutParent_saysSo() {
        PlanReview review = new PlanReview(ID, PlanExamples.AUTUMN_CYCLE_ID, LocalDate.of(2026, 12, 10), List.of(),
                "Continue.", List.of(new Attendee("Ms Okafor", AttendeeRole.SENCO)), null, " ");

        assertThat(review.parentCarerAttended()).isFalse();
        assertThat(review.parentCarerViews()).isNull();
    }

    @Test
    void review_judgingATargetTwice_isRejected() {
        List<TargetProgress> twice = List.of(new TargetProgress(ID, ProgressRating.SECURE, null),
                new TargetProgress(ID, ProgressRating.ACHIEVED, null));

        assertThat(FieldErrorCodes.of(() -> new PlanReview(ID, PlanExamples.AUTUMN_CYCLE_ID, LocalDate.of(2026, 12, 10),
                twice, "Continue.", List.of(new Attendee("Ms Okafor", AttendeeRole.SENCO)), null, null)))
                .containsExactly("progress[1].targetId:duplicate");
    }

    @Test
    void review_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new PlanReview(null, null, null, null, null, null, null, null)))
                .containsExactly("id:required", "cycleId:required", "date:required", "progress:required",
                        "decisions:required", "attendees:required");
    }

    @Test
    void review_withEmptyEntriesAndLongViews_namesThem() {
        String tooLong = "v".repeat(TextLimits.NOTE + 1);
        assertThat(FieldErrorCodes.of(() -> new PlanReview(ID, PlanExamples.AUTUMN_CYCLE_ID, LocalDate.of(2026, 12, 10),
                Arrays.asList((TargetProgress) null), "d".repeat(TextLimits.SUMMARY + 1), Arrays.asList((Attendee) null),
                tooLong, tooLong)))
                .containsExactly("progress[0]:required", "decisions:too_long", "attendees[0]:required",
                        "pupilViews:too_long", "parentCarerViews:too_long");
    }

    @Test
    void progressAndAttendee_nameTheirFields() {
        assertThat(FieldErrorCodes.of(() -> new TargetProgress(null, null, "c".repeat(TextLimits.NOTE + 1))))
                .containsExactly("targetId:required", "rating:required", "comment:too_long");
        assertThat(FieldErrorCodes.of(() -> new Attendee("", null))).containsExactly("name:required", "role:required");
    }

    @Test
    void progressRating_isAnOrderedFiveStepScale() {
        assertThat(Arrays.stream(ProgressRating.values()).mapToInt(ProgressRating::step)).containsExactly(0, 1, 2, 3, 4);
        for (ProgressRating r : ProgressRating.values()) {
            assertThat(ProgressRating.fromCode(r.code())).contains(r);
        }
        for (AttendeeRole r : AttendeeRole.values()) {
            assertThat(AttendeeRole.fromCode(r.code())).contains(r);
        }
        for (TargetStatus s : TargetStatus.values()) {
            assertThat(TargetStatus.fromCode(s.code())).contains(s);
        }
    }
}
