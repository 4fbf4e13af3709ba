package uk.graduated.server.console.provision;

import java.util.Optional;
import uk.graduated.model.intervention.CostSummary;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionCost;

/**
 * How the console applies the shared {@link InterventionCost} rules to a period: the staff time
 * delivered in the period at the intervention's hourly cost, plus its one-off resources cost in the
 * period the intervention started (so a year's total counts each resource once). A pupil's share is
 * the total divided equally between the pupils in the group during the period.
 */
public final class CostRules {
    private CostRules() {
    }

    public static CostSummary inPeriod(Intervention intervention, long deliveredMinutes, ReportPeriod period) {
        CostSummary staffAndResources = InterventionCost.forMinutes(intervention.costs(), deliveredMinutes);
        long resources = period.contains(intervention.schedule().startDate()) ? staffAndResources.resourcesPence() : 0;
        return new CostSummary(staffAndResources.staffPence(), resources);
    }

    /** Each of {@code members} pupils' equal share; empty for a group with nobody in it. */
    public static Optional<Long> perPupil(CostSummary cost, int members) {
        return InterventionCost.perPupilPence(cost, members);
    }

    /** The whole intervention as planned, from start to end. */
    public static CostSummary planned(Intervention intervention) {
        return InterventionCost.planned(intervention, ReportPeriod.CALENDAR);
    }
}
