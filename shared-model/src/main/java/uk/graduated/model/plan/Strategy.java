package uk.graduated.model.plan;

import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * Something staff do differently for the pupil during a cycle, e.g. "Visual timetable on the desk".
 *
 * @param id      client-generated id
 * @param pupilId whose strategy, kept here so a device can scope it without loading the plan
 * @param cycleId the cycle it belongs to
 * @param text    the strategy, at most {@link TextLimits#STATEMENT}
 * @param who     who carries it out, e.g. "Class teacher and TA", at most {@link TextLimits#LABEL}
 */
public record Strategy(UUID id, UUID pupilId, UUID cycleId, String text, String who) {
    public Strategy {
        Violations v = new Violations();
        v.require("id", id);
        v.require("pupilId", pupilId);
        v.require("cycleId", cycleId);
        FieldChecks.requiredText(v, "text", text, TextLimits.STATEMENT);
        FieldChecks.requiredText(v, "who", who, TextLimits.LABEL);
        v.throwIfAny();
    }
}
