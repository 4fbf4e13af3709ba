package uk.graduated.server.console.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates and times as the console writes them, the British way: "Mon 3 Nov 2025", "14:05". */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Dates() {
    }

    /** "Mon 3 Nov 2025"; an empty string for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "3 Nov 2025", for tables and downloads; an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "3 Nov", for chart axes. */
    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** "Mon 3 Nov 2025, 14:05" in the school's time zone; an empty string for none. */
    public static String dayTime(ZonedDateTime time) {
        return time == null ? "" : DAY_TIME.format(time);
    }

    public static String time(ZonedDateTime time) {
        return TIME.format(time);
    }

    public static ZonedDateTime in(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }

    /** "today", "yesterday", "in 3 days", "5 days ago": how far {@code date} is from {@code today}. */
    public static String relative(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        return days > 0 ? "in " + days + " days" : -days + " days ago";
    }
}
