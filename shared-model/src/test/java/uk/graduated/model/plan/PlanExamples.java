package uk.graduated.model.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.sen.BroadArea;

/**
 * Poppy's SEN support plan (see {@link RegisterExamples#poppy()}): an autumn cycle that has been
 * reviewed and a spring cycle under way, with its targets, a strategy and the autumn review.
 */
public final class PlanExamples {
    public static final UUID PLAN_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000d1");
    public static final UUID AUTUMN_CYCLE_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000d2");
    public static final UUID SPRING_CYCLE_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000d3");
    public static final UUID SPEAKING_TARGET_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000d4");
    public static final UUID LISTENING_TARGET_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000d5");
    public static final UUID STRATEGY_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000d6");
    public static final UUID AUTUMN_REVIEW_ID = UUID.fromString("7e610000-0000-4000-8000-0000000000d7");
    /** The spring cycle's review is booked for Friday 26 March 2027. */
    public static final LocalDate SPRING_REVIEW = LocalDate.of(2027, 3, 26);

    private PlanExamples() {
    }

    public static PlanCycle autumnCycle() {
        return new PlanCycle(AUTUMN_CYCLE_ID, PLAN_ID, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 12, 11),
                CycleStage.CLOSED);
    }

    public static PlanCycle springCycle() {
        return new PlanCycle(SPRING_CYCLE_ID, PLAN_ID, LocalDate.of(2027, 1, 11), SPRING_REVIEW, CycleStage.DO);
    }

    public static SupportPlan poppysPlan() {
        return new SupportPlan(PLAN_ID, RegisterExamples.POPPY_ID);
    }

    public static CycleHistory poppysCycles() {
        return new CycleHistory(PLAN_ID, List.of(autumnCycle(), springCycle()));
    }

    public static Target speakingTarget() {
        return new Target(SPEAKING_TARGET_ID, SPRING_CYCLE_ID, RegisterExamples.POPPY_ID,
                "Poppy retells a short story in order using first, next and last",
                BroadArea.COMMUNICATION_AND_INTERACTION, "Story retell with picture prompts, every two weeks",
                "Retells one event with adult prompts", "Retells three events in order unprompted",
                SPRING_REVIEW, TargetStatus.ACTIVE);
    }

    /** Minimal: no baseline, no goal beyond the outcome. */
    public static Target listeningTarget() {
        return new Target(LISTENING_TARGET_ID, SPRING_CYCLE_ID, RegisterExamples.POPPY_ID,
                "Poppy follows a two-step instruction in class", BroadArea.COMMUNICATION_AND_INTERACTION,
                "Class teacher's tally over a week", null, null, SPRING_REVIEW, TargetStatus.ACTIVE);
    }

    public static Strategy visualTimetable() {
        return new Strategy(STRATEGY_ID, RegisterExamples.POPPY_ID, SPRING_CYCLE_ID,
                "Visual timetable on her desk; pre-teach topic words on Monday mornings", "Class teacher and TA");
    }

    public static PlanReview autumnReview() {
        return new PlanReview(AUTUMN_REVIEW_ID, AUTUMN_CYCLE_ID, LocalDate.of(2026, 12, 10),
                List.of(new TargetProgress(SPEAKING_TARGET_ID, ProgressRating.DEVELOPING, "Two events with prompts"),
                        new TargetProgress(LISTENING_TARGET_ID, ProgressRating.EMERGING, null)),
                "Carry both targets forward; add a weekly small-group language session.",
                List.of(new Attendee("Mrs Fenwick (mother)", AttendeeRole.PARENT_CARER),
                        new Attendee("Poppy", AttendeeRole.PUPIL),
                        new Attendee("Ms Okafor", AttendeeRole.SENCO)),
                "I like the picture cards.", "Pleased with her confidence at home.");
    }
}
