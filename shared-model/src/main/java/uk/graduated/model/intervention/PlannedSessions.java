package uk.graduated.model.intervention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sessions an intervention's schedule promises, so the SENCO can set what was delivered
 * against what was planned.
 *
 * <p>School holidays: a scheduled day on which the {@link SchoolCalendar} says the school is
 * closed plans no session. An intervention with a fixed {@code endDate} simply loses those
 * sessions. One given as a number of {@code weeks} counts teaching weeks: its weeks run in
 * seven-day blocks from the start date, and a block in which every scheduled day is closed (a
 * half-term) is skipped, so "10 weeks" crossing a half-term ends a week later. After
 * {@value #MAX_SKIPPED_BLOCKS} closed blocks in a row (a calendar that never reopens) the end is
 * fixed there, so the end date is always defined.
 */
public final class PlannedSessions {
    static final int MAX_SKIPPED_BLOCKS = 26;

    private PlannedSessions() {
    }

    /** The last day of the intervention: its {@code endDate}, or the end of its last teaching week. */
    public static LocalDate endDate(Schedule schedule, SchoolCalendar calendar) {
        if (!schedule.endsAfterWeeks()) {
            return schedule.endDate();
        }
        LocalDate blockStart = schedule.startDate();
        int counted = 0;
        int skippedInARow = 0;
        while (true) {
            LocalDate blockEnd = blockStart.plusDays(6);
            if (hasSession(schedule, calendar, blockStart, blockEnd)) {
                counted++;
                skippedInARow = 0;
            } else {
                skippedInARow++;
            }
            if (counted == schedule.weeks() || skippedInARow == MAX_SKIPPED_BLOCKS) {
                return blockEnd;
            }
            blockStart = blockStart.plusWeeks(1);
        }
    }

    /**
     * The dates with at least one planned session between {@code from} and {@code to}, both
     * included, in order. Empty when the range lies outside the intervention's dates.
     */
    public static List<LocalDate> dates(Schedule schedule, SchoolCalendar calendar, LocalDate from, LocalDate to) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(calendar, "calendar");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        LocalDate first = latest(from, schedule.startDate());
        LocalDate last = earliest(to, endDate(schedule, calendar));
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isSessionDay(schedule, calendar, day)) {
                dates.add(day);
            }
        }
        return List.copyOf(dates);
    }

    /** Every date of the whole intervention with a planned session. */
    public static List<LocalDate> allDates(Schedule schedule, SchoolCalendar calendar) {
        return dates(schedule, calendar, schedule.startDate(), endDate(schedule, calendar));
    }

    /** Planned sessions in the range, counting each session of a day that holds several. */
    public static int count(Schedule schedule, SchoolCalendar calendar, LocalDate from, LocalDate to) {
        return dates(schedule, calendar, from, to).size() * schedule.sessionsPerDay();
    }

    /** Planned minutes of the whole intervention, the time a planned cost is based on. */
    public static long totalMinutes(Schedule schedule, SchoolCalendar calendar) {
        return (long) allDates(schedule, calendar).size() * schedule.sessionsPerDay() * schedule.minutesPerSession();
    }

    private static boolean hasSession(Schedule schedule, SchoolCalendar calendar, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isSessionDay(schedule, calendar, day)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSessionDay(Schedule schedule, SchoolCalendar calendar, LocalDate day) {
        return schedule.days().contains(day.getDayOfWeek()) && calendar.isOpen(day);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
