package uk.graduated.model.plan;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.Violations;

/**
 * One assess-plan-do-review cycle of a support plan, typically a term long.
 *
 * @param id         client-generated id
 * @param planId     the support plan it belongs to
 * @param startDate  when the cycle began
 * @param reviewDate when its review is planned, after {@code startDate}
 * @param status     where the cycle stands
 */
public record PlanCycle(UUID id, UUID planId, LocalDate startDate, LocalDate reviewDate, CycleStage status) {
    public PlanCycle {
        Violations v = new Violations();
        v.require("id", id);
        v.require("planId", planId);
        v.require("startDate", startDate);
        v.require("reviewDate", reviewDate);
        FieldChecks.after(v, "reviewDate", reviewDate, "startDate", startDate);
        v.require("status", status);
        v.throwIfAny();
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
