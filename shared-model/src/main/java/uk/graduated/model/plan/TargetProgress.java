package uk.graduated.model.plan;

import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * Progress against one target, as judged at a review.
 *
 * @param targetId the target judged
 * @param rating   how far the pupil got
 * @param comment  evidence or context, or null; at most {@link TextLimits#NOTE}
 */
public record TargetProgress(UUID targetId, ProgressRating rating, String comment) {
    public TargetProgress {
        comment = FieldChecks.blankToNull(comment);
        Violations v = new Violations();
        v.require("targetId", targetId);
        v.require("rating", rating);
        FieldChecks.optionalText(v, "comment", comment, TextLimits.NOTE);
        v.throwIfAny();
    }
}
