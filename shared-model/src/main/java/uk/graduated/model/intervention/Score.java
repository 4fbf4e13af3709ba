package uk.graduated.model.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.graduated.model.validation.Violations;

/**
 * One result on an intervention's assessment and the day it was taken. Limits: {@code value}
 * between -1,000,000 and 1,000,000 with at most 2 decimal places.
 */
public record Score(BigDecimal value, LocalDate takenOn) {
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.valueOf(1_000_000);
    public static final int MAX_DECIMAL_PLACES = 2;

    public Score {
        Violations v = new Violations();
        if (v.require("value", value)) {
            if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
                v.add("value", "out_of_range", "value must be between -1000000 and 1000000");
            }
            if (value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
                v.add("value", "too_precise", "value may have at most " + MAX_DECIMAL_PLACES + " decimal places");
            }
        }
        v.require("takenOn", takenOn);
        v.throwIfAny();
    }

    public static Score of(String value, LocalDate takenOn) {
        return new Score(new BigDecimal(value), takenOn);
    }
}
