package uk.graduated.model.intervention;

import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * The named measure taken on entry to and exit from an intervention.
 *
 * @param name           e.g. "Salford reading test", at most {@link TextLimits#NAME}
 * @param unit           e.g. "months", "standardised score", "errors per minute", at most
 *                       {@link TextLimits#LABEL}
 * @param higherIsBetter false for measures such as errors per minute, so progress keeps its sign
 */
public record Assessment(String name, String unit, boolean higherIsBetter) {
    public Assessment {
        Violations v = new Violations();
        FieldChecks.requiredText(v, "name", name, TextLimits.NAME);
        FieldChecks.requiredText(v, "unit", unit, TextLimits.LABEL);
        v.throwIfAny();
    }
}
