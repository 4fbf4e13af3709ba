package uk.graduated.app.feature.today;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.model.intervention.Assessment;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.SessionLog;

public class TodayModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final UUID ta = UUID.randomUUID();

    private Intervention intervention(String name, LocalTime time, InterventionStatus status, DayOfWeek... days) {
        Schedule schedule = new Schedule(EnumSet.copyOf(List.of(days)), days.length, 20, MONDAY.minusWeeks(3), MONDAY.plusWeeks(6), null, time);
        return new Intervention(UUID.randomUUID(), UUID.randomUUID(), name, BroadArea.COGNITION_AND_LEARNING, "Reads fluently",
                new Assessment("Reading age", "months", true), List.of(ta), schedule, new Costs(1500, 0), 6, status);
    }

    private SessionLog log(Intervention i, LocalDate date) {
        UUID pupil = UUID.randomUUID();
        return new SessionLog(UUID.randomUUID(), i.id(), date, null, 20, ta, List.of(Attendance.present(pupil)), List.of(),
                null, false, null, Instant.parse("2026-11-23T10:00:00Z"), UUID.randomUUID());
    }

    @Test
    public void todaysGroups_areInTimeOrder_andTheRestOfTheWeekFollows() {
        Intervention phonics = intervention("Phonics", LocalTime.of(10, 45), InterventionStatus.RUNNING, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        Intervention reading = intervention("Reading", LocalTime.of(9, 10), InterventionStatus.RUNNING, DayOfWeek.MONDAY);

        TodayModel model = TodayModel.build(MONDAY, List.of(phonics, reading), Map.of(phonics.id(), 4), List.of());

        assertEquals(List.of("Reading", "Phonics"), model.today().stream().map(s -> s.intervention().name()).collect(java.util.stream.Collectors.toList()));
        assertEquals(1, model.laterThisWeek().size());
        assertEquals(LocalDate.of(2026, 11, 25), model.laterThisWeek().get(0).date());
        assertEquals(4, model.today().get(1).groupSize());
    }

    @Test
    public void aGroupAlreadyLoggedToday_isMarkedLogged() {
        Intervention phonics = intervention("Phonics", LocalTime.of(10, 45), InterventionStatus.RUNNING, DayOfWeek.MONDAY);

        TodayModel model = TodayModel.build(MONDAY, List.of(phonics), Map.of(), List.of(log(phonics, MONDAY)));

        assertTrue(model.today().get(0).logged());
        assertEquals(1, model.recent().get(0).present());
    }

    @Test
    public void endedInterventions_andOtherDays_leaveTodayEmpty() {
        Intervention ended = intervention("Old group", null, InterventionStatus.ENDED, DayOfWeek.MONDAY);
        Intervention friday = intervention("Friendship", null, InterventionStatus.RUNNING, DayOfWeek.FRIDAY);

        TodayModel model = TodayModel.build(MONDAY, List.of(ended, friday), Map.of(), List.of());

        assertTrue(model.nothingToday());
        assertFalse(model.laterThisWeek().isEmpty());
    }
}
