package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A month of review dates, as a Monday-first grid and as a list.
 *
 * @param weeks   each week Monday to Sunday; days outside the month are in it with no entries
 * @param asList  whether the page shows the list instead of the grid
 */
public record CalendarView(YearMonth month, LocalDate today, List<List<Day>> weeks, boolean asList) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** A cell holds at most this many lines, so a busy day does not stretch its week down the page. */
    static final int MAX_IN_CELL = 4;
    private static final DateTimeFormatter PARAM = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    /** One day of the grid. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<ReviewEntry> entries) {
        public Day {
            entries = List.copyOf(entries);
        }

        /** The entries a grid cell shows: all of them, or the first few when there are many. */
        public List<ReviewEntry> shown() {
            return entries.size() > MAX_IN_CELL ? entries.subList(0, MAX_IN_CELL - 1) : entries;
        }

        /** How many entries the cell leaves to the list ("and 5 more"). */
        public int moreCount() {
            return entries.size() - shown().size();
        }

        public String anchor() {
            return "day-" + date;
        }

        /** "aria-current" for today's cell, else null (no attribute). */
        public String ariaCurrent() {
            return today ? "date" : null;
        }
    }

    public CalendarView {
        weeks = weeks.stream().map(List::copyOf).collect(Collectors.toUnmodifiableList());
    }

    public String title() {
        return MONTH.format(month);
    }

    public String previousTitle() {
        return MONTH.format(month.minusMonths(1));
    }

    public String nextTitle() {
        return MONTH.format(month.plusMonths(1));
    }

    public String previousHref() {
        return href(month.minusMonths(1), asList);
    }

    public String nextHref() {
        return href(month.plusMonths(1), asList);
    }

    public String gridHref() {
        return href(month, false);
    }

    public String listHref() {
        return href(month, true);
    }

    public boolean isCurrentMonth() {
        return month.equals(YearMonth.from(today));
    }

    /** The month's days that have entries, in order: the list form. */
    public List<Day> daysWithEntries() {
        return weeks.stream().flatMap(List::stream).filter(d -> d.inMonth() && !d.entries().isEmpty())
                .collect(Collectors.toList());
    }

    public int entryCount() {
        return daysWithEntries().stream().mapToInt(d -> d.entries().size()).sum();
    }

    static String href(YearMonth month, boolean asList) {
        return "/console/reviews?month=" + PARAM.format(month) + (asList ? "&view=list" : "");
    }
}
