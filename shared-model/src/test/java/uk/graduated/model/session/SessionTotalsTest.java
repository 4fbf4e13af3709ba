package uk.graduated.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_A;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_B;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.session.SessionExamples.sessionLog;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.intervention.InterventionCost;
import uk.graduated.model.intervention.ProvisionExamples;

class SessionTotalsTest {
    private final SessionLog monday = sessionLog().id(UUID.randomUUID()).date(TERM_START).minutes(30)
            .attendance(Attendance.present(PUPIL_A), Attendance.present(PUPIL_B)).ratings().build();
    private final SessionLog wednesday = sessionLog().id(UUID.randomUUID()).date(TERM_START.plusDays(2)).minutes(25)
            .attendance(Attendance.present(PUPIL_A), Attendance.absent(PUPIL_B, AbsenceReason.REFUSED)).ratings()
            .build();
    private final SessionLog wednesdayAfternoon = sessionLog().id(UUID.randomUUID()).date(TERM_START.plusDays(2))
            .minutes(20).attendance(Attendance.absent(PUPIL_A, AbsenceReason.ILL), Attendance.present(PUPIL_B))
            .ratings().build();
    private final List<SessionLog> logs = List.of(wednesdayAfternoon, monday, wednesday);

    @Test
    void deliveredMinutes_addUpEverySession() {
        assertThat(SessionTotals.deliveredMinutes(logs)).isEqualTo(75);
    }

    @Test
    void attended_countsOnlySessionsThePupilWasPresentAt() {
        assertThat(SessionTotals.attendedMinutes(logs, PUPIL_A)).isEqualTo(55);
        assertThat(SessionTotals.attendedSessions(logs, PUPIL_A)).isEqualTo(2);
        assertThat(SessionTotals.attendedMinutes(logs, PUPIL_B)).isEqualTo(50);
    }

    @Test
    void attended_byAPupilOutsideTheGroup_isZero() {
        assertThat(SessionTotals.attendedMinutes(logs, UUID.randomUUID())).isZero();
        assertThat(SessionTotals.attendedSessions(logs, UUID.randomUUID())).isZero();
    }

    @Test
    void deliveredDates_areDistinctAndInOrder() {
        assertThat(SessionTotals.deliveredDates(logs)).containsExactly(TERM_START, TERM_START.plusDays(2));
    }

    @Test
    void noSessions_deliverNothing() {
        assertThat(SessionTotals.deliveredMinutes(List.of())).isZero();
        assertThat(SessionTotals.deliveredDates(List.of())).isEmpty();
    }

    @Test
    void deliveredMinutes_costTheTimeActuallySpent() {
        // 75 minutes at GBP 18.50 an hour is GBP 23.125, rounded half up to GBP 23.13, plus GBP 120 of books.
        assertThat(InterventionCost.forMinutes(ProvisionExamples.costs(), SessionTotals.deliveredMinutes(logs))
                .totalPence()).isEqualTo(2_313 + 12_000);
    }
}
