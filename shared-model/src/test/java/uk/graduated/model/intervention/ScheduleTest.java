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

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.school.FieldErrorCodes;

class ScheduleTest {

    @Test
    void example_isValid_andHoldsOneSessionADay() {
        Schedule schedule = schedule().build();

        assertThat(schedule.sessionsPerDay()).isEqualTo(1);
        assertThat(schedule.endsAfterWeeks()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 240})
    void minutesPerSession_atTheLimits_isAccepted(int minutes) {
        assertThat(schedule().minutesPerSession(minutes).build().minutesPerSession()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 241})
    void minutesPerSession_outsideFiveTo240_isRejected(int minutes) {
        assertThat(FieldErrorCodes.of(() -> schedule().minutesPerSession(minutes).build()))
                .containsExactly("minutesPerSession:out_of_range");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -3})
    void sessionsPerWeek_outsideOneToTen_isRejected(int sessions) {
        assertThat(FieldErrorCodes.of(() -> schedule().sessionsPerWeek(sessions).build()))
                .containsExactly("sessionsPerWeek:out_of_range");
    }

    @Test
    void sessionsPerWeek_ofTen_onFiveDays_meansTwoADay() {
        Schedule schedule = schedule().days(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).sessionsPerWeek(10).build();

        assertThat(schedule.sessionsPerDay()).isEqualTo(2);
    }

    @Test
    void sessionsPerWeek_notAMultipleOfTheDays_isInconsistent() {
        assertThat(FieldErrorCodes.of(() -> schedule().days(MONDAY, WEDNESDAY, FRIDAY).sessionsPerWeek(4).build()))
                .containsExactly("sessionsPerWeek:inconsistent");
    }

    @Test
    void sessionsPerWeek_fewerThanTheDays_isInconsistent() {
        assertThat(FieldErrorCodes.of(() -> schedule().days(MONDAY, WEDNESDAY, FRIDAY).sessionsPerWeek(2).build()))
                .containsExactly("sessionsPerWeek:inconsistent");
    }

    @Test
    void days_empty_isRequired() {
        assertThat(FieldErrorCodes.of(() -> schedule().days(Set.of()).build())).containsExactly("days:required");
    }

    @Test
    void days_withAnEmptyEntry_isRejected() {
        Set<DayOfWeek> days = new HashSet<>();
        days.add(MONDAY);
        days.add(null);

        assertThat(FieldErrorCodes.of(() -> schedule().days(days).sessionsPerWeek(2).build()))
                .containsExactly("days:invalid_value");
    }

    @Test
    void days_areKeptInWeekOrder_andCannotBeChanged() {
        Schedule schedule = schedule().days(FRIDAY, MONDAY, WEDNESDAY).build();

        assertThat(schedule.days()).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
        assertThatThrownBy(() -> schedule.days().add(TUESDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void days_changedByTheCallerAfterwards_doNotChangeTheSchedule() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        Schedule schedule = schedule().days(days).sessionsPerWeek(1).build();

        days.add(TUESDAY);

        assertThat(schedule.days()).containsExactly(MONDAY);
    }

    @Test
    void endDate_andWeeks_bothGiven_conflict() {
        assertThat(FieldErrorCodes.of(() -> schedule().endDateAndWeeks(TERM_START.plusWeeks(6), 6).build()))
                .containsExactly("weeks:conflict");
    }

    @Test
    void endDate_andWeeks_bothMissing_isRequired() {
        assertThat(FieldErrorCodes.of(() -> schedule().endDateAndWeeks(null, null).build()))
                .containsExactly("endDate:required");
    }

    @Test
    void endDate_onTheStartDate_isRejected() {
        assertThat(FieldErrorCodes.of(() -> schedule().endDate(TERM_START).build())).containsExactly("endDate:date_order");
    }

    @Test
    void endDate_beforeTheStartDate_isRejected() {
        assertThat(FieldErrorCodes.of(() -> schedule().endDate(TERM_START.minusDays(1)).build()))
                .containsExactly("endDate:date_order");
    }

    @Test
    void endDate_theDayAfterStart_isAccepted() {
        assertThat(schedule().endDate(TERM_START.plusDays(1)).build().endDate()).isEqualTo(TERM_START.plusDays(1));
    }

    @Test
    void endDate_moreThanTwoYearsAfterStart_isRejected() {
        assertThat(FieldErrorCodes.of(() -> schedule().endDate(TERM_START.plusYears(2).plusDays(1)).build()))
                .containsExactly("endDate:out_of_range");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 105})
    void weeks_outsideOneTo104_isRejected(int weeks) {
        assertThat(FieldErrorCodes.of(() -> schedule().weeks(weeks).build())).containsExactly("weeks:out_of_range");
    }

    @Test
    void startTime_mayBeLeftOut() {
        assertThat(schedule().startTime(null).build().startTime()).isNull();
    }

    @Test
    void everyMistake_isReportedAtOnce() {
        assertThat(FieldErrorCodes.of(() -> schedule().days(Set.of()).sessionsPerWeek(12).minutesPerSession(1)
                .startDate(null).build()))
                .containsExactlyInAnyOrder("days:required", "sessionsPerWeek:out_of_range",
                        "minutesPerSession:out_of_range", "startDate:required");
    }
}
