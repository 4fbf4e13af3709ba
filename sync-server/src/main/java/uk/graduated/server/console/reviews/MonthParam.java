package uk.graduated.server.console.reviews;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import uk.graduated.model.validation.ValidationException;

/** The {@code month} query parameter of the calendar: "2026-11", within a sensible range of years. */
final class MonthParam {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private MonthParam() {
    }

    /** @throws ValidationException naming {@code month} for anything but a month from 2000 to 2100 */
    static YearMonth parse(String value, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("month", "invalid_value", "month must be a year and month such as 2026-11");
        }
        if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
            throw ValidationException.of("month", "out_of_range",
                    "month must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return month;
    }
}
