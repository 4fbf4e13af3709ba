package uk.graduated.model.plan;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.validation.Violations;

/**
 * An outcome the pupil works towards in one cycle; teaching assistants rate sessions against it.
 * Text fields hold at most {@link TextLimits#STATEMENT} characters each.
 *
 * @param id         client-generated id
 * @param cycleId    the cycle it belongs to
 * @param pupilId    whose target, kept here so a device can scope it without loading the plan
 * @param outcome    what the pupil will be able to do, e.g. "Reads 30 common exception words"
 * @param areaOfNeed the broad area it addresses
 * @param measure    how progress is measured, e.g. "Weekly flash-card check"
 * @param baseline   where the pupil started, or null
 * @param goal       the level that counts as achieved, or null when the outcome states it
 * @param reviewDate when it is next reviewed
 * @param status     what became of it
 */
public record Target(
        UUID id,
        UUID cycleId,
        UUID pupilId,
        String outcome,
        BroadArea areaOfNeed,
        String measure,
        String baseline,
        String goal,
        LocalDate reviewDate,
        TargetStatus status) {

    public Target {
        baseline = FieldChecks.blankToNull(baseline);
        goal = FieldChecks.blankToNull(goal);
        Violations v = new Violations();
        v.require("id", id);
        v.require("cycleId", cycleId);
        v.require("pupilId", pupilId);
        FieldChecks.requiredText(v, "outcome", outcome, TextLimits.STATEMENT);
        v.require("areaOfNeed", areaOfNeed);
        FieldChecks.requiredText(v, "measure", measure, TextLimits.STATEMENT);
        FieldChecks.optionalText(v, "baseline", baseline, TextLimits.STATEMENT);
        FieldChecks.optionalText(v, "goal", goal, TextLimits.STATEMENT);
        v.require("reviewDate", reviewDate);
        v.require("status", status);
        v.throwIfAny();
    }

    public boolean isActive() {
        return status == TargetStatus.ACTIVE;
    }
}
