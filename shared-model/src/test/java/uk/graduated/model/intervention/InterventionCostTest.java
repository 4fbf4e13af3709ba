package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.graduated.model.intervention.ProvisionExamples.intervention;
import static uk.graduated.model.intervention.ProvisionExamples.schedule;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterventionCostTest {
    private static final Costs TA_AND_BOOKS = new Costs(1_850, 12_000);

    @Test
    void fifteenHours_atGbp18_50_plusGbp120_ofBooks_isGbp397_50() {
        CostSummary cost = InterventionCost.forMinutes(TA_AND_BOOKS, 15 * 60);

        assertThat(cost.staffPence()).isEqualTo(27_750);
        assertThat(cost.resourcesPence()).isEqualTo(12_000);
        assertThat(cost.totalPence()).isEqualTo(39_750);
    }

    @Test
    void noTimeDelivered_costsOnlyTheResources() {
        assertThat(InterventionCost.forMinutes(TA_AND_BOOKS, 0).totalPence()).isEqualTo(12_000);
    }

    @Test
    void aVolunteer_withNoResources_costsNothing() {
        assertThat(InterventionCost.forMinutes(new Costs(0, 0), 600).totalPence()).isZero();
    }

    @Test
    void staffTime_isRoundedHalfUpToThePenny() {
        // 30p an hour for one minute is half a penny: half up makes it 1p, half even would make it 0p.
        assertThat(InterventionCost.forMinutes(new Costs(30, 0), 1).staffPence()).isEqualTo(1);
        // 1850p an hour for one minute is 30.83p.
        assertThat(InterventionCost.forMinutes(TA_AND_BOOKS, 1).staffPence()).isEqualTo(31);
        // 1850p an hour for 25 minutes is 770.83p.
        assertThat(InterventionCost.forMinutes(TA_AND_BOOKS, 25).staffPence()).isEqualTo(771);
    }

    @Test
    void negativeMinutes_areAProgrammingError() {
        assertThatThrownBy(() -> InterventionCost.forMinutes(TA_AND_BOOKS, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void planned_costsEveryPlannedSession_andNotTheClosedOnes() {
        Intervention phonics = intervention()
                .schedule(schedule().minutesPerSession(30).endDate(LocalDate.of(2028, 3, 19)).build())
                .costs(TA_AND_BOOKS).build();
        SchoolCalendar halfTerm = SchoolCalendar.withClosures(
                DateRange.of(LocalDate.of(2028, 2, 14), LocalDate.of(2028, 2, 18)));

        // 30 sessions of 30 minutes = 15 hours; the half-term removes 3 sessions = 1.5 hours.
        assertThat(InterventionCost.planned(phonics, SchoolCalendar.ALWAYS_OPEN).totalPence()).isEqualTo(39_750);
        assertThat(InterventionCost.planned(phonics, halfTerm).totalPence()).isEqualTo(39_750 - 2_775);
    }

    @Test
    void perPupil_sharesTheTotal_roundedHalfUp() {
        CostSummary cost = InterventionCost.forMinutes(TA_AND_BOOKS, 15 * 60);

        assertThat(InterventionCost.perPupilPence(cost, 4)).contains(9_938L);
        assertThat(InterventionCost.perPupilPence(cost, 3)).contains(13_250L);
        assertThat(InterventionCost.perPupilPence(cost, 1)).contains(39_750L);
    }

    @Test
    void perPupil_withNobodyInTheGroup_isEmpty() {
        assertThat(InterventionCost.perPupilPence(InterventionCost.forMinutes(TA_AND_BOOKS, 60), 0)).isEmpty();
    }

    @Test
    void perPupil_withNegativeMembers_isAProgrammingError() {
        CostSummary cost = InterventionCost.forMinutes(TA_AND_BOOKS, 60);

        assertThatThrownBy(() -> InterventionCost.perPupilPence(cost, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
