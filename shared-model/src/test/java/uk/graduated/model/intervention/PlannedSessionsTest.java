package uk.graduated.model.intervention;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.intervention.ProvisionExamples.schedule;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannedSessionsTest {
    private static final SchoolCalendar OPEN = SchoolCalendar.ALWAYS_OPEN;
    /** Fictional February half-term 2028, Monday 14 to Friday 18. */
    private static final DateRange HALF_TERM = DateRange.of(LocalDate.of(2028, 2, 14), LocalDate.of(2028, 2, 18));
    private static final SchoolCalendar WITH_HALF_TERM = SchoolCalendar.withClosures(HALF_TERM);

    @Test
    void tenWeeks_monWedFri_fromAMonday_planThirtySessions_endingOnTheTenthSunday() {
        Schedule schedule = schedule().days(MONDAY, WEDNESDAY, FRIDAY).weeks(10).build();

        assertThat(PlannedSessions.endDate(schedule, OPEN)).isEqualTo(LocalDate.of(2028, 3, 19));
        List<LocalDate> dates = PlannedSessions.allDates(schedule, OPEN);
        assertThat(dates).hasSize(30).startsWith(TERM_START, date(1, 12), date(1, 14)).endsWith(date(3, 17));
        assertThat(dates).allMatch(d -> schedule.days().contains(d.getDayOfWeek()));
    }

    @Test
    void weeks_crossingHalfTerm_skipTheClosedWeek_andEndAWeekLater() {
        Schedule schedule = schedule().days(MONDAY, WEDNESDAY, FRIDAY).weeks(10).build();

        assertThat(PlannedSessions.endDate(schedule, WITH_HALF_TERM)).isEqualTo(LocalDate.of(2028, 3, 26));
        List<LocalDate> dates = PlannedSessions.allDates(schedule, WITH_HALF_TERM);
        assertThat(dates).hasSize(30).doesNotContain(date(2, 14), date(2, 16), date(2, 18)).endsWith(date(3, 24));
    }

    @Test
    void fixedEndDate_crossingHalfTerm_losesTheSessionsOfTheClosedWeek() {
        Schedule schedule = schedule().days(MONDAY, WEDNESDAY, FRIDAY).endDate(date(3, 19)).build();

        assertThat(PlannedSessions.endDate(schedule, WITH_HALF_TERM)).isEqualTo(date(3, 19));
        assertThat(PlannedSessions.allDates(schedule, WITH_HALF_TERM)).hasSize(27)
                .contains(date(2, 11), date(2, 21)).doesNotContain(date(2, 14), date(2, 16), date(2, 18));
    }

    @Test
    void aWeekWithOneClosedDay_stillCountsAsATeachingWeek() {
        DateRange insetMonday = DateRange.of(date(1, 17), date(1, 17));
        Schedule schedule = schedule().days(MONDAY, WEDNESDAY, FRIDAY).weeks(2).build();

        SchoolCalendar calendar = SchoolCalendar.withClosures(insetMonday);

        assertThat(PlannedSessions.endDate(schedule, calendar)).isEqualTo(date(1, 23));
        assertThat(PlannedSessions.allDates(schedule, calendar))
                .containsExactly(date(1, 10), date(1, 12), date(1, 14), date(1, 19), date(1, 21));
    }

    @Test
    void tuesdayThursday_crossingTheLeapDay_includesTheTwentyNinthOfFebruary() {
        Schedule schedule = schedule().days(TUESDAY, THURSDAY).sessionsPerWeek(2)
                .startDate(date(2, 22)).weeks(2).build();

        assertThat(PlannedSessions.endDate(schedule, OPEN)).isEqualTo(date(3, 6));
        assertThat(PlannedSessions.allDates(schedule, OPEN))
                .containsExactly(date(2, 22), date(2, 24), date(2, 29), date(3, 2));
    }

    @Test
    void everyWeekday_withAFixedEndAcrossTheLeapDay_countsTheLeapDayOnce() {
        Schedule schedule = schedule().days(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).sessionsPerWeek(5)
                .startDate(date(2, 28)).endDate(date(3, 1)).build();

        assertThat(PlannedSessions.allDates(schedule, OPEN)).containsExactly(date(2, 28), date(2, 29), date(3, 1));
    }

    @Test
    void startingMidWeek_countsWeeksFromTheStartDay() {
        Schedule schedule = schedule().days(MONDAY, WEDNESDAY, FRIDAY).startDate(date(1, 12)).weeks(2).build();

        assertThat(PlannedSessions.endDate(schedule, OPEN)).isEqualTo(date(1, 25));
        assertThat(PlannedSessions.allDates(schedule, OPEN))
                .containsExactly(date(1, 12), date(1, 14), date(1, 17), date(1, 19), date(1, 21), date(1, 24));
    }

    @Test
    void startingOnAnUnscheduledDay_firstSessionIsTheNextScheduledDay() {
        Schedule schedule = schedule().days(FRIDAY).sessionsPerWeek(1).startDate(date(1, 11)).weeks(1).build();

        assertThat(PlannedSessions.allDates(schedule, OPEN)).containsExactly(date(1, 14));
    }

    @Test
    void weeks_andTheMatchingEndDate_planTheSameSessions() {
        Schedule byWeeks = schedule().weeks(10).build();
        Schedule byEndDate = schedule().endDate(PlannedSessions.endDate(byWeeks, OPEN)).build();

        assertThat(PlannedSessions.allDates(byEndDate, OPEN)).isEqualTo(PlannedSessions.allDates(byWeeks, OPEN));
    }

    @Test
    void range_coveringPartOfTheIntervention_isClippedToIt() {
        Schedule schedule = schedule().weeks(10).build();

        assertThat(PlannedSessions.dates(schedule, OPEN, date(1, 1), date(1, 16)))
                .containsExactly(date(1, 10), date(1, 12), date(1, 14));
        assertThat(PlannedSessions.dates(schedule, OPEN, date(3, 15), date(4, 30)))
                .containsExactly(date(3, 15), date(3, 17));
    }

    @Test
    void range_beforeTheStart_orAfterTheEnd_isEmpty() {
        Schedule schedule = schedule().weeks(10).build();

        assertThat(PlannedSessions.dates(schedule, OPEN, date(1, 1), date(1, 9))).isEmpty();
        assertThat(PlannedSessions.dates(schedule, OPEN, date(3, 20), date(7, 20))).isEmpty();
        assertThat(PlannedSessions.count(schedule, OPEN, date(3, 20), date(7, 20))).isZero();
    }

    @Test
    void range_ofOneDay_holdsThatDaysSessionOnly() {
        Schedule schedule = schedule().build();

        assertThat(PlannedSessions.dates(schedule, OPEN, date(1, 12), date(1, 12))).containsExactly(date(1, 12));
        assertThat(PlannedSessions.dates(schedule, OPEN, date(1, 11), date(1, 11))).isEmpty();
    }

    @Test
    void range_endingBeforeItStarts_isAProgrammingError() {
        Schedule schedule = schedule().build();

        assertThatThrownBy(() -> PlannedSessions.dates(schedule, OPEN, date(2, 1), date(1, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoSessionsADay_countTwiceOnEachDate() {
        Schedule schedule = schedule().days(MONDAY, THURSDAY).sessionsPerWeek(4).weeks(3).build();

        assertThat(PlannedSessions.allDates(schedule, OPEN)).hasSize(6);
        assertThat(PlannedSessions.count(schedule, OPEN, TERM_START, date(12, 31))).isEqualTo(12);
    }

    @Test
    void totalMinutes_areSessionsTimesMinutes_withClosuresTakenOut() {
        Schedule schedule = schedule().minutesPerSession(30).endDate(date(3, 19)).build();

        assertThat(PlannedSessions.totalMinutes(schedule, OPEN)).isEqualTo(30 * 30);
        assertThat(PlannedSessions.totalMinutes(schedule, WITH_HALF_TERM)).isEqualTo(27 * 30);
    }

    @Test
    void termDates_removeEverythingAfterTheTermEnds() {
        SchoolCalendar springOnly = new SchoolCalendar(List.of(DateRange.of(TERM_START, date(3, 31))), List.of());
        Schedule schedule = schedule().endDate(date(4, 28)).build();

        assertThat(PlannedSessions.allDates(schedule, springOnly)).last().isEqualTo(date(3, 31));
    }

    @Test
    void weeks_whenTheCalendarNeverReopens_stopAfterHalfAYearOfClosedWeeks() {
        SchoolCalendar threeWeeksOfTerm = new SchoolCalendar(
                List.of(DateRange.of(TERM_START, TERM_START.plusWeeks(3).minusDays(1))), List.of());
        Schedule schedule = schedule().weeks(10).build();

        LocalDate end = PlannedSessions.endDate(schedule, threeWeeksOfTerm);

        assertThat(end).isEqualTo(TERM_START.plusWeeks(3 + PlannedSessions.MAX_SKIPPED_BLOCKS).minusDays(1));
        assertThat(PlannedSessions.allDates(schedule, threeWeeksOfTerm)).hasSize(9);
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2028, month, day);
    }
}
