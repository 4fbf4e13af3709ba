package uk.graduated.model.intervention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What an intervention costs: the delivering adult's hourly cost times the hours (planned or
 * delivered), plus its resources. Money is whole pence; each division rounds half up to the
 * nearest penny, once, at the end.
 */
public final class InterventionCost {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private InterventionCost() {
    }

    /** The cost of {@code staffMinutes} of adult time plus the resources. */
    public static CostSummary forMinutes(Costs costs, long staffMinutes) {
        if (staffMinutes < 0) {
            throw new IllegalArgumentException("staffMinutes must not be negative: " + staffMinutes);
        }
        long staffPence = BigDecimal.valueOf(costs.staffHourlyCostPence())
                .multiply(BigDecimal.valueOf(staffMinutes))
                .divide(MINUTES_PER_HOUR, 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new CostSummary(staffPence, costs.resourcesCostPence());
    }

    /** The cost of the whole intervention as planned, school closures taken out. */
    public static CostSummary planned(Intervention intervention, SchoolCalendar calendar) {
        return forMinutes(intervention.costs(), PlannedSessions.totalMinutes(intervention.schedule(), calendar));
    }

    /** The total shared equally by {@code members} pupils; empty when the group has nobody in it. */
    public static Optional<Long> perPupilPence(CostSummary cost, int members) {
        if (members < 0) {
            throw new IllegalArgumentException("members must not be negative: " + members);
        }
        if (members == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(cost.totalPence())
                .divide(BigDecimal.valueOf(members), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }
}
