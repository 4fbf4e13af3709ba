package uk.graduated.server.console.provision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import uk.graduated.model.intervention.SchoolCalendar;
import uk.graduated.server.console.web.Dates;

/**
 * A stretch of the school year the provision pages report on. Graduated does not hold a school's term
 * dates yet, so a term is taken as September-December, January-March or April-August and a school year
 * as 1 September to 31 August; planned sessions count every scheduled day ({@link #CALENDAR}).
 * Figures are counted up to and including {@link #countedTo()}: yesterday, or the period's last day if
 * it is over, because today's sessions may not be logged yet.
 *
 * @param key   the value of the page's {@code period} parameter
 * @param label e.g. "this school year (1 Sep 2026 to 31 Aug 2027)"
 */
public record ReportPeriod(String key, String name, LocalDate from, LocalDate to, LocalDate today) {
    public static final String THIS_TERM = "term";
    public static final String THIS_YEAR = "year";
    public static final String LAST_YEAR = "last-year";
    /** Until term dates are recorded, every scheduled day counts as a school day. */
    public static final SchoolCalendar CALENDAR = SchoolCalendar.ALWAYS_OPEN;

    /** The period named by {@code key} ({@code term}, {@code year}, {@code last-year}); {@code fallback} for anything else. */
    public static ReportPeriod of(String key, String fallback, LocalDate today) {
        String chosen = THIS_TERM.equals(key) || THIS_YEAR.equals(key) || LAST_YEAR.equals(key) ? key : fallback;
        LocalDate yearStart = schoolYearStart(today);
        return switch (chosen) {
            case THIS_TERM -> new ReportPeriod(THIS_TERM, termName(today) + " term", termStart(today),
                    termStart(today).plusMonths(termMonths(today)).minusDays(1), today);
            case LAST_YEAR -> new ReportPeriod(LAST_YEAR, "last school year", yearStart.minusYears(1),
                    yearStart.minusDays(1), today);
            default -> new ReportPeriod(THIS_YEAR, "this school year", yearStart, yearStart.plusYears(1).minusDays(1),
                    today);
        };
    }

    public static ReportPeriod thisTerm(LocalDate today) {
        return of(THIS_TERM, THIS_TERM, today);
    }

    public static ReportPeriod thisYear(LocalDate today) {
        return of(THIS_YEAR, THIS_YEAR, today);
    }

    /** "this school year (1 Sep 2026 to 31 Aug 2027)". */
    public String label() {
        return name + " (" + Dates.date(from) + " to " + Dates.date(to) + ")";
    }

    /** The last day counted: yesterday, or the period's end when it is over; before {@link #from} if not begun. */
    public LocalDate countedTo() {
        LocalDate yesterday = today.minusDays(1);
        return to.isBefore(yesterday) ? to : yesterday;
    }

    public boolean hasBegun() {
        return !countedTo().isBefore(from);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether {@code date} is in the period and no later than {@link #countedTo()}. */
    public boolean counts(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(countedTo());
    }

    /** The Monday of the week holding the period's first day. */
    public LocalDate firstMonday() {
        return from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate schoolYearStart(LocalDate date) {
        int year = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    private static LocalDate termStart(LocalDate date) {
        int month = date.getMonthValue();
        if (month >= Month.SEPTEMBER.getValue()) {
            return LocalDate.of(date.getYear(), Month.SEPTEMBER, 1);
        }
        return LocalDate.of(date.getYear(), month <= Month.MARCH.getValue() ? Month.JANUARY : Month.APRIL, 1);
    }

    private static int termMonths(LocalDate date) {
        int month = date.getMonthValue();
        return month >= Month.SEPTEMBER.getValue() ? 4 : month <= Month.MARCH.getValue() ? 3 : 5;
    }

    private static String termName(LocalDate date) {
        int month = date.getMonthValue();
        return month >= Month.SEPTEMBER.getValue() ? "Autumn" : month <= Month.MARCH.getValue() ? "Spring" : "Summer";
    }
}
