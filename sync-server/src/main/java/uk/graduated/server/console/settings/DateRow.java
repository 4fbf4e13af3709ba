package uk.graduated.server.console.settings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One row of the term-dates or closures table as typed: kept as text so a refused form shows it again. */
public record DateRow(String label, String startsOn, String endsOn) {
    static final DateRow BLANK = new DateRow(null, null, null);

    public boolean isBlank() {
        return label == null && startsOn == null && endsOn == null;
    }

    LocalDate parsedStart() {
        return parse(startsOn);
    }

    LocalDate parsedEnd() {
        return parse(endsOn);
    }

    private static LocalDate parse(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
