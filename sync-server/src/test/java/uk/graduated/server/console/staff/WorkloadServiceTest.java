package uk.graduated.server.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.server.console.MovableClock;
import uk.graduated.server.console.provision.SmallSchool;

/** Planned and delivered minutes of {@link SmallSchool}'s two teaching assistants on Thursday 29 January 2026. */
class WorkloadServiceTest {
    private final SmallSchool school = SmallSchool.shared();
    private final WorkloadService workload = new WorkloadService(SmallSchool.sharedJdbi(), new MovableClock(
            LocalDate.of(2026, 1, 29).atTime(16, 0).atZone(SmallSchool.LONDON).toInstant(), SmallSchool.LONDON));

    @Test
    void eachLead_hasThisWeeksAndTheTermsPlannedAndDeliveredMinutes() {
        List<WorkloadLine> lines = workload.load(school.senco());

        assertThat(lines).extracting(WorkloadLine::name).containsExactly("Mr Adeyemi", "Mrs Pell");
        WorkloadLine adeyemi = lines.get(0);
        assertThat(adeyemi.groups()).containsExactly("Reading boost");
        assertThat(adeyemi.plannedWeek()).isEqualTo(90);
        assertThat(adeyemi.deliveredWeek()).isEqualTo(60);
        assertThat(adeyemi.plannedTerm()).isEqualTo(330);
        assertThat(adeyemi.deliveredTerm()).isEqualTo(330);
        assertThat(adeyemi.underPlan()).isFalse();
        WorkloadLine pell = lines.get(1);
        assertThat(pell.plannedWeek()).isEqualTo(120);
        assertThat(pell.deliveredWeek()).isEqualTo(120);
        assertThat(pell.plannedTerm()).isEqualTo(420);
        assertThat(pell.deliveredTerm()).isEqualTo(360);
        assertThat(pell.underPlan()).isTrue();
        assertThat(pell.termShare()).isEqualTo("86%");
        assertThat(pell.hoursPerWeek()).isEqualTo("1.2");
    }
}
