package uk.graduated.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.school.FieldErrorCodes;

class CycleHistoryTest {
    private static final UUID PLAN = PlanExamples.PLAN_ID;

    private static PlanCycle cycle(int n, LocalDate start, CycleStage stage) {
        return new PlanCycle(UUID.fromString("7e610000-0000-4000-8000-00000000e00" + n), PLAN, start,
                start.plusWeeks(12), stage);
    }

    private static List<String> problems(PlanCycle... cycles) {
        return FieldErrorCodes.of(() -> new CycleHistory(PLAN, Arrays.asList(cycles)));
    }

    @Test
    void history_sortsCycles_andKnowsTheCurrentOne() {
        CycleHistory plan = new CycleHistory(PLAN, List.of(PlanExamples.springCycle(), PlanExamples.autumnCycle()));

        assertThat(plan.cycles()).containsExactly(PlanExamples.autumnCycle(), PlanExamples.springCycle());
        assertThat(plan.currentCycle()).contains(PlanExamples.springCycle());
        assertThat(plan.latestCycle()).contains(PlanExamples.springCycle());
    }

    @Test
    void newPlan_hasNoCycles() {
        CycleHistory plan = new CycleHistory(PLAN, List.of());

        assertThat(plan.currentCycle()).isEmpty();
        assertThat(plan.latestCycle()).isEmpty();
    }

    @Test
    void withCycle_addsTheNextCycle_andChecksIt() {
        CycleHistory closedOnly = new CycleHistory(PLAN, List.of(PlanExamples.autumnCycle()));

        assertThat(closedOnly.withCycle(PlanExamples.springCycle())).isEqualTo(PlanExamples.poppysCycles());
        assertThat(FieldErrorCodes.of(() -> PlanExamples.poppysCycles().withCycle(
                cycle(1, LocalDate.of(2027, 4, 19), CycleStage.ASSESS))))
                .containsExactly("cycles[1].status:not_latest", "cycles[2].status:more_than_one_open");
    }

    @Test
    void supportPlan_namesMissingFields() {
        assertThat(FieldErrorCodes.of(() -> new SupportPlan(null, null))).containsExactly("id:required", "pupilId:required");
        assertThat(PlanExamples.poppysPlan().pupilId()).isEqualTo(RegisterExamples.POPPY_ID);
    }

    @Test
    void twoOpenCycles_areRejected() {
        assertThat(problems(cycle(1, LocalDate.of(2026, 9, 14), CycleStage.DO),
                cycle(2, LocalDate.of(2027, 1, 11), CycleStage.PLAN)))
                .containsExactly("cycles[0].status:not_latest", "cycles[1].status:more_than_one_open");
    }

    @Test
    void openCycle_beforeAClosedOne_isRejected() {
        assertThat(problems(cycle(1, LocalDate.of(2027, 1, 11), CycleStage.CLOSED),
                cycle(2, LocalDate.of(2026, 9, 14), CycleStage.REVIEW)))
                .containsExactly("cycles[1].status:not_latest");
    }

    @Test
    void cyclesStartingTheSameDay_areRejected() {
        assertThat(problems(cycle(1, LocalDate.of(2026, 9, 14), CycleStage.CLOSED),
                cycle(2, LocalDate.of(2026, 9, 14), CycleStage.CLOSED)))
                .containsExactly("cycles[1].startDate:duplicate");
    }

    @Test
    void cycleOfAnotherPlan_isRejected() {
        PlanCycle foreign = new PlanCycle(PlanExamples.SPRING_CYCLE_ID, UUID.fromString("7e610000-0000-4000-8000-0000000000ee"),
                LocalDate.of(2027, 1, 11), PlanExamples.SPRING_REVIEW, CycleStage.DO);

        assertThat(problems(PlanExamples.autumnCycle(), foreign)).containsExactly("cycles[1].planId:mismatch");
    }

    @Test
    void history_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new CycleHistory(null, null)))
                .containsExactly("planId:required", "cycles:required");
        assertThat(problems(PlanExamples.autumnCycle(), null)).containsExactly("cycles[1]:required");
    }
}
