package uk.graduated.model.intervention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.Violations;

/**
 * When an intervention runs. It ends either on {@code endDate} or after {@code weeks} teaching
 * weeks (see {@link PlannedSessions#endDate}); exactly one of the two is given.
 *
 * @param days              the days of the week it runs on, at least one
 * @param sessionsPerWeek   {@value #MIN_SESSIONS_PER_WEEK}-{@value #MAX_SESSIONS_PER_WEEK}, a whole
 *                          multiple of the number of days so every scheduled day holds the same number
 *                          of sessions (Mon/Wed/Fri with 3 or 6 sessions a week)
 * @param minutesPerSession {@value #MIN_MINUTES_PER_SESSION}-{@value #MAX_MINUTES_PER_SESSION}
 * @param startDate         first day; need not be a scheduled day (a start mid-week)
 * @param endDate           last day, after startDate and within {@value #MAX_YEARS} years of it; or null
 * @param weeks             1-{@value #MAX_WEEKS} teaching weeks; or null
 * @param startTime         time of day the session usually starts, or null
 */
public record Schedule(
        Set<DayOfWeek> days,
        int sessionsPerWeek,
        int minutesPerSession,
        LocalDate startDate,
        LocalDate endDate,
        Integer weeks,
        LocalTime startTime) {

    public static final int MIN_SESSIONS_PER_WEEK = 1;
    public static final int MAX_SESSIONS_PER_WEEK = 10;
    public static final int MIN_MINUTES_PER_SESSION = 5;
    public static final int MAX_MINUTES_PER_SESSION = 240;
    public static final int MAX_WEEKS = 104;
    public static final int MAX_YEARS = 2;

    public Schedule {
        Violations v = new Violations();
        boolean hasDays = checkDays(v, days);
        if (sessionsPerWeek < MIN_SESSIONS_PER_WEEK || sessionsPerWeek > MAX_SESSIONS_PER_WEEK) {
            v.add("sessionsPerWeek", "out_of_range", "sessionsPerWeek must be between "
                    + MIN_SESSIONS_PER_WEEK + " and " + MAX_SESSIONS_PER_WEEK);
        } else if (hasDays && sessionsPerWeek % days.size() != 0) {
            v.add("sessionsPerWeek", "inconsistent", "sessionsPerWeek must be a multiple of the "
                    + days.size() + " scheduled days, so each day has the same number of sessions");
        }
        if (minutesPerSession < MIN_MINUTES_PER_SESSION || minutesPerSession > MAX_MINUTES_PER_SESSION) {
            v.add("minutesPerSession", "out_of_range", "minutesPerSession must be between "
                    + MIN_MINUTES_PER_SESSION + " and " + MAX_MINUTES_PER_SESSION);
        }
        boolean hasStart = v.require("startDate", startDate);
        checkEnd(v, hasStart ? startDate : null, endDate, weeks);
        v.throwIfAny();
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** How many sessions each scheduled day holds. */
    public int sessionsPerDay() {
        return sessionsPerWeek / days.size();
    }

    public boolean endsAfterWeeks() {
        return weeks != null;
    }

    private static boolean checkDays(Violations v, Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            v.add("days", "required", "days must name at least one day of the week");
            return false;
        }
        if (days.stream().anyMatch(Objects::isNull)) {
            v.add("days", "invalid_value", "days must not contain an empty entry");
            return false;
        }
        return true;
    }

    private static void checkEnd(Violations v, LocalDate startDate, LocalDate endDate, Integer weeks) {
        if (endDate == null && weeks == null) {
            v.add("endDate", "required", "give either endDate or weeks");
            return;
        }
        if (endDate != null && weeks != null) {
            v.add("weeks", "conflict", "give either endDate or weeks, not both");
            return;
        }
        if (weeks != null && (weeks < 1 || weeks > MAX_WEEKS)) {
            v.add("weeks", "out_of_range", "weeks must be between 1 and " + MAX_WEEKS);
        }
        if (endDate != null && startDate != null) {
            FieldChecks.after(v, "endDate", endDate, "startDate", startDate);
            if (endDate.isAfter(startDate.plusYears(MAX_YEARS))) {
                v.add("endDate", "out_of_range", "endDate must be within " + MAX_YEARS + " years of startDate");
            }
        }
    }
}
