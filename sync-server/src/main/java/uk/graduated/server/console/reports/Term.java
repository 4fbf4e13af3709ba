package uk.graduated.server.console.reports;

import java.time.LocalDate;
import java.util.Locale;
import uk.graduated.model.validation.ValidationException;

/**
 * A school term for reporting: the conventional thirds of the school year, autumn 1 September to
 * 31 December, spring 1 January to 31 March, summer 1 April to 31 August, so terms compare across
 * years and schools whatever dates a school entered (holidays fall inside them and hold no sessions).
 *
 * @param schoolYear the calendar year the school year starts in (autumn 2026 and spring 2027 are 2026)
 */
public record Term(Season season, int schoolYear) {
    public enum Season {
        AUTUMN("Autumn", "autumn"),
        SPRING("Spring", "spring"),
        SUMMER("Summer", "summer");

        private final String label;
        private final String code;

        Season(String label, String code) {
            this.label = label;
            this.code = code;
        }
    }

    public static Term containing(LocalDate date) {
        int month = date.getMonthValue();
        if (month >= 9) {
            return new Term(Season.AUTUMN, date.getYear());
        }
        return month <= 3 ? new Term(Season.SPRING, date.getYear() - 1) : new Term(Season.SUMMER, date.getYear() - 1);
    }

    public LocalDate start() {
        return switch (season) {
            case AUTUMN -> LocalDate.of(schoolYear, 9, 1);
            case SPRING -> LocalDate.of(schoolYear + 1, 1, 1);
            case SUMMER -> LocalDate.of(schoolYear + 1, 4, 1);
        };
    }

    public LocalDate end() {
        return switch (season) {
            case AUTUMN -> LocalDate.of(schoolYear, 12, 31);
            case SPRING -> LocalDate.of(schoolYear + 1, 3, 31);
            case SUMMER -> LocalDate.of(schoolYear + 1, 8, 31);
        };
    }

    public Term previous() {
        return containing(start().minusDays(1));
    }

    /** "Autumn term 2026", "Spring term 2027". */
    public String label() {
        return season.label + " term " + start().getYear();
    }

    /** The query parameter form, "2026-autumn", "2027-spring". */
    public String param() {
        return start().getYear() + "-" + season.code;
    }

    /** The term a {@code term} parameter names, or {@code otherwise} when none is given. */
    public static Term parse(String value, Term otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String[] parts = value.strip().toLowerCase(Locale.ROOT).split("-");
        if (parts.length == 2 && parts[0].matches("(20|21)[0-9]{2}")) {
            int year = Integer.parseInt(parts[0]);
            for (Season season : Season.values()) {
                if (season.code.equals(parts[1])) {
                    return new Term(season, season == Season.AUTUMN ? year : year - 1);
                }
            }
        }
        throw ValidationException.of("term", "invalid_value", "term must be a year and a term, such as 2026-autumn");
    }
}
