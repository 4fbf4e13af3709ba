package uk.graduated.model.intervention;

import uk.graduated.model.validation.Violations;

/**
 * What an intervention costs, in whole pence so sums are exact and the JSON carries integers:
 * the hourly cost of the adult delivering it (salary plus on-costs, 0 for a volunteer) and a
 * one-off resources cost for the whole intervention (books, programme licence).
 *
 * <p>Limits: {@code staffHourlyCostPence} 0-100,000 (GBP 1,000 an hour), {@code resourcesCostPence}
 * 0-10,000,000 (GBP 100,000); anything larger is a typing slip, not a real cost.
 */
public record Costs(long staffHourlyCostPence, long resourcesCostPence) {
    public static final long MAX_STAFF_HOURLY_COST_PENCE = 100_000L;
    public static final long MAX_RESOURCES_COST_PENCE = 10_000_000L;

    public Costs {
        Violations v = new Violations();
        if (staffHourlyCostPence < 0 || staffHourlyCostPence > MAX_STAFF_HOURLY_COST_PENCE) {
            v.add("staffHourlyCostPence", "out_of_range",
                    "staffHourlyCostPence must be between 0 and " + MAX_STAFF_HOURLY_COST_PENCE);
        }
        if (resourcesCostPence < 0 || resourcesCostPence > MAX_RESOURCES_COST_PENCE) {
            v.add("resourcesCostPence", "out_of_range",
                    "resourcesCostPence must be between 0 and " + MAX_RESOURCES_COST_PENCE);
        }
        v.throwIfAny();
    }
}
