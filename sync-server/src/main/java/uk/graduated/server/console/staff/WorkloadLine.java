package uk.graduated.server.console.staff;

import java.util.List;
import uk.graduated.server.console.provision.Hours;
import uk.graduated.server.console.provision.Percent;

/**
 * One member of staff's intervention time: planned by the timetables of the groups they lead (a group
 * with several leads gives each an equal share), delivered by the sessions they logged.
 *
 * @param plannedWeek     minutes planned Monday to Sunday this week
 * @param deliveredWeek   minutes logged this week so far, today included
 * @param plannedTerm     minutes planned from the start of term to the day counted
 * @param deliveredTerm   minutes logged in the same days
 * @param termWeeks       weeks of term so far, for the weekly average
 */
public record WorkloadLine(String name, List<String> groups, long plannedWeek, long deliveredWeek, long plannedTerm,
        long deliveredTerm, int termWeeks) {
    public WorkloadLine {
        groups = List.copyOf(groups);
    }

    /** More than a tenth of the term's planned time not delivered. */
    public boolean underPlan() {
        return deliveredTerm * 10 < plannedTerm * 9;
    }

    public String termShare() {
        return Percent.of(deliveredTerm, plannedTerm);
    }

    /** "2.5": hours a week delivered on average over the term so far. */
    public String hoursPerWeek() {
        return termWeeks == 0 ? "–" : Hours.of(Math.round((double) deliveredTerm / termWeeks));
    }
}
