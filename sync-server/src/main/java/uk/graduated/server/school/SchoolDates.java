package uk.graduated.server.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.graduated.model.intervention.DateRange;
import uk.graduated.model.intervention.SchoolCalendar;

/**
 * A school's entered terms and closures, each with its label ("Autumn term", "Half-term", "INSET
 * day"), in date order.
 */
public record SchoolDates(List<Entry> terms, List<Entry> closures) {
    /** One labelled range of days, both ends included. */
    public record Entry(String label, LocalDate startsOn, LocalDate endsOn) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(startsOn, "startsOn");
            Objects.requireNonNull(endsOn, "endsOn");
        }

        DateRange range() {
            return DateRange.of(startsOn, endsOn);
        }
    }

    public static final SchoolDates NONE = new SchoolDates(List.of(), List.of());

    public SchoolDates {
        terms = List.copyOf(terms);
        closures = List.copyOf(closures);
    }

    /** Whether the school has entered any term dates; without them every weekday counts as open. */
    public boolean entered() {
        return !terms.isEmpty();
    }

    /** The calendar planned sessions are counted against. */
    public SchoolCalendar calendar() {
        List<DateRange> termRanges = new ArrayList<>();
        terms.forEach(t -> termRanges.add(t.range()));
        List<DateRange> closureRanges = new ArrayList<>();
        closures.forEach(c -> closureRanges.add(c.range()));
        return new SchoolCalendar(termRanges, closureRanges);
    }
}
