package uk.graduated.model.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When a school is open, for planning sessions. A date is open when it lies in one of the
 * {@code terms} (or no terms are given at all) and in none of the {@code closures} (half-terms,
 * bank holidays, INSET days). An empty calendar is always open, which is what a caller gets when
 * the school has not entered its term dates.
 */
public record SchoolCalendar(List<DateRange> terms, List<DateRange> closures) {
    public static final SchoolCalendar ALWAYS_OPEN = new SchoolCalendar(List.of(), List.of());

    public SchoolCalendar {
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        closures = List.copyOf(Objects.requireNonNull(closures, "closures"));
    }

    public static SchoolCalendar withClosures(DateRange... closures) {
        return new SchoolCalendar(List.of(), List.of(closures));
    }

    public boolean isOpen(LocalDate date) {
        boolean inTerm = terms.isEmpty() || terms.stream().anyMatch(term -> term.contains(date));
        return inTerm && closures.stream().noneMatch(closure -> closure.contains(date));
    }
}
