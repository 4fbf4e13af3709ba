package uk.graduated.model.intervention;

import java.time.LocalDate;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.Violations;

/** A run of days, both ends included, such as a term or a half-term holiday. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        Violations v = new Violations();
        v.require("start", start);
        v.require("end", end);
        FieldChecks.notBefore(v, "end", end, "start", start);
        v.throwIfAny();
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
