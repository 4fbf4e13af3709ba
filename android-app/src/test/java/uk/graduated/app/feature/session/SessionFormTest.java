package uk.graduated.app.feature.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.AttendanceStatus;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;

public class SessionFormTest {
    private final UUID intervention = UUID.randomUUID();
    private final UUID ta = UUID.randomUUID();
    private final UUID tablet = UUID.randomUUID();
    private final SessionForm.Member maya = member("Maya");
    private final SessionForm.Member leo = member("Leo");
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private static SessionForm.Member member(String name) {
        return new SessionForm.Member(UUID.randomUUID(), name,
                List.of(new SessionForm.TargetChoice(UUID.randomUUID(), "Blend CVC words")));
    }

    private SessionForm form() {
        return new SessionForm(intervention, List.of(maya, leo), LocalDate.of(2026, 11, 23), LocalTime.of(9, 10), 20, ta, tablet);
    }

    private UUID target(SessionForm.Member m) {
        return m.targets().get(0).targetId();
    }

    @Test
    public void untouchedForm_savesEveryonePresent_withThePlannedMinutes() {
        SessionForm.Result result = form().save(UUID.randomUUID(), now);

        assertTrue(result.errors().toString(), result.saved());
        SessionLog log = result.session();
        assertEquals(20, log.minutes());
        assertTrue(log.attendance().stream().allMatch(a -> a.status() == AttendanceStatus.PRESENT));
        assertTrue(log.ratings().isEmpty());
    }

    @Test
    public void oneTapRates_andASecondTapOnTheSameRatingClearsIt() {
        SessionForm form = form();

        form.rate(maya.pupilId(), target(maya), Rating.WITH_SOME_HELP);
        assertEquals(Rating.WITH_SOME_HELP, form.rating(maya.pupilId(), target(maya)));
        form.rate(maya.pupilId(), target(maya), Rating.WITH_SOME_HELP);

        assertNull(form.rating(maya.pupilId(), target(maya)));
    }

    @Test
    public void absentPupil_needsAReason_andLosesTheirRatings() {
        SessionForm form = form();
        form.rate(leo.pupilId(), target(leo), Rating.INDEPENDENTLY);

        form.toggleAttendance(leo.pupilId());
        SessionForm.Result withoutReason = form.save(UUID.randomUUID(), now);

        assertFalse(withoutReason.saved());
        assertEquals("Choose why Leo was absent.", withoutReason.errors().get(leo.pupilId().toString()));
        form.setAbsenceReason(leo.pupilId(), AbsenceReason.ILL);
        SessionLog log = form.save(UUID.randomUUID(), now).session();
        assertEquals(AttendanceStatus.ABSENT, log.attendance().get(1).status());
        assertTrue(log.ratings().isEmpty());
        assertEquals(1, form.presentCount());
    }

    @Test
    public void tappingAnAbsentPupilAgain_marksThemPresent() {
        SessionForm form = form();
        form.toggleAttendance(maya.pupilId());
        form.setAbsenceReason(maya.pupilId(), AbsenceReason.ILL);

        form.toggleAttendance(maya.pupilId());

        assertTrue(form.isPresent(maya.pupilId()));
        assertTrue(form.save(UUID.randomUUID(), now).saved());
    }

    @Test
    public void concernWithoutText_asksWhatTheConcernIs() {
        SessionForm form = form();
        form.setConcern(true);

        SessionForm.Result result = form.save(UUID.randomUUID(), now);

        assertEquals("Say what the concern is, so the SENCO can act on it.", result.errors().get(SessionForm.FIELD_CONCERN));
    }

    @Test
    public void minutes_thatAreNotANumberOrOutOfRange_areExplained() {
        SessionForm form = form();
        form.setMinutes("twenty");
        assertEquals("Minutes must be a whole number, such as 20.", form.save(UUID.randomUUID(), now).errors().get("minutes"));

        form.setMinutes("0");
        assertEquals("Minutes must be between 1 and 300.", form.save(UUID.randomUUID(), now).errors().get("minutes"));
    }

    @Test
    public void concernTextTyped_thenFlagCleared_isNotKept() {
        SessionForm form = form();
        form.setConcern(true);
        form.setConcernText("Seemed very tired");
        form.setConcern(false);

        SessionLog log = form.save(UUID.randomUUID(), now).session();

        assertFalse(log.concernFlagged());
        assertNull(log.concernText());
    }

    @Test
    public void everyProblem_isReportedAtOnce_notOnlyTheRegisters() {
        SessionForm form = form();
        form.toggleAttendance(leo.pupilId());
        form.setConcern(true);

        SessionForm.Result result = form.save(UUID.randomUUID(), now);

        assertEquals(List.of(leo.pupilId().toString(), SessionForm.FIELD_CONCERN), List.copyOf(result.errors().keySet()));
    }

    @Test
    public void absentForAnOtherReason_needsAFewWords() {
        SessionForm form = form();
        form.toggleAttendance(leo.pupilId());
        form.setAbsenceReason(leo.pupilId(), AbsenceReason.OTHER);

        assertEquals("Say why Leo was absent, in a few words.", form.save(UUID.randomUUID(), now).errors().get(leo.pupilId().toString()));

        form.setAbsenceNote(leo.pupilId(), "At the dentist");
        SessionLog log = form.save(UUID.randomUUID(), now).session();
        assertEquals("At the dentist", log.attendance().get(1).note());
    }

    @Test
    public void aRefusedSession_refillsTheForm() {
        SessionForm first = form();
        first.toggleAttendance(leo.pupilId());
        first.setAbsenceReason(leo.pupilId(), AbsenceReason.REFUSED);
        first.rate(maya.pupilId(), target(maya), Rating.INDEPENDENTLY);
        first.setMinutes("25");
        first.setNotes("Short session: fire drill.");
        SessionLog refused = first.save(UUID.randomUUID(), now).session();

        SessionForm again = form();
        again.restore(refused);

        assertEquals(AbsenceReason.REFUSED, again.absenceReason(leo.pupilId()));
        assertEquals(Rating.INDEPENDENTLY, again.rating(maya.pupilId(), target(maya)));
        assertEquals("25", again.minutes());
        assertEquals("Short session: fire drill.", again.notes());
        assertFalse(again.concern());
    }
}
