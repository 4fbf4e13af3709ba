package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PlannedSessionsPropertyTest {

    @Property
    void withoutClosures_weeksTimesDays_sessionsArePlanned_allOnScheduledDaysWithinTheDates(
            @ForAll("startDates") LocalDate start, @ForAll("days") Set<DayOfWeek> days,
            @ForAll @IntRange(min = 1, max = 104) int weeks) {
        Schedule schedule = ProvisionExamples.schedule().days(days).sessionsPerWeek(days.size())
                .startDate(start).weeks(weeks).build();

        List<LocalDate> dates = PlannedSessions.allDates(schedule, SchoolCalendar.ALWAYS_OPEN);

        assertThat(dates).hasSize(days.size() * weeks);
        assertThat(dates).allMatch(d -> days.contains(d.getDayOfWeek()))
                .allMatch(d -> !d.isBefore(start) && d.isBefore(start.plusWeeks(weeks)));
        assertThat(dates).isSorted().doesNotHaveDuplicates();
    }

    @Property
    void aClosure_neverAddsSessions_andRemovesExactlyTheClosedDates(
            @ForAll("startDates") LocalDate start, @ForAll("days") Set<DayOfWeek> days,
            @ForAll @IntRange(min = 0, max = 60) int closureOffset, @ForAll @IntRange(min = 0, max = 20) int closureDays) {
        Schedule schedule = ProvisionExamples.schedule().days(days).sessionsPerWeek(days.size())
                .startDate(start).endDate(start.plusWeeks(8)).build();
        DateRange closure = DateRange.of(start.plusDays(closureOffset), start.plusDays(closureOffset + closureDays));

        List<LocalDate> open = PlannedSessions.allDates(schedule, SchoolCalendar.ALWAYS_OPEN);
        List<LocalDate> closed = PlannedSessions.allDates(schedule, SchoolCalendar.withClosures(closure));

        assertThat(closed).isEqualTo(open.stream().filter(d -> !closure.contains(d)).collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<LocalDate> startDates() {
        return Arbitraries.integers().between(0, 3_650).map(offset -> LocalDate.of(2026, 1, 1).plusDays(offset));
    }

    @Provide
    Arbitrary<Set<DayOfWeek>> days() {
        return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
    }
}
