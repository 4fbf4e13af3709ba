package uk.graduated.model.plan;

import java.util.UUID;
import uk.graduated.model.validation.Violations;

/**
 * A pupil's SEN support plan under the graduated approach. Its cycles are separate records
 * ({@link PlanCycle#planId()}) so each syncs and merges on its own; {@link CycleHistory} checks them
 * together.
 *
 * @param id      client-generated id
 * @param pupilId whose plan
 */
public record SupportPlan(UUID id, UUID pupilId) {
    public SupportPlan {
        Violations v = new Violations();
        v.require("id", id);
        v.require("pupilId", pupilId);
        v.throwIfAny();
    }
}
