package uk.graduated.model.session;

import java.util.UUID;
import uk.graduated.model.validation.Violations;

/**
 * A quick rating of one pupil against one target of their support plan in a session.
 *
 * @param pupilId  a pupil present at the session
 * @param targetId the target (outcome) of the pupil's plan
 * @param rating   how much help they needed
 */
public record TargetRating(UUID pupilId, UUID targetId, Rating rating) {
    public TargetRating {
        Violations v = new Violations();
        v.require("pupilId", pupilId);
        v.require("targetId", targetId);
        v.require("rating", rating);
        v.throwIfAny();
    }
}
