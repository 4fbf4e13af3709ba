package uk.graduated.server.console.provision;

import uk.graduated.model.intervention.Intervention;

/**
 * One intervention on a pupil's costed provision map, over the days of the period the pupil was in
 * the group (to the day counted).
 *
 * @param window            the days counted: in the group, in the period, no later than the day counted
 * @param groupSize         pupils in the group at some time in that window
 * @param delivered         sessions logged in the window
 * @param attended          sessions the pupil was marked present at
 * @param planned           sessions the schedule planned in the window
 * @param deliveredMinutes  adult time of the sessions delivered
 * @param attendedMinutes   time of the sessions the pupil attended
 * @param costPence         the pupil's share: (staff time delivered + resources if the intervention
 *                          started in the period) divided by the group size
 */
public record PupilCostLine(Intervention intervention, Delivery.Window window, int groupSize, int delivered,
        int attended, int planned, long deliveredMinutes, long attendedMinutes, long costPence) {

    public String frequency() {
        return ScheduleText.frequency(intervention.schedule());
    }

    public String when() {
        return ScheduleText.when(intervention.schedule());
    }

    /** "1:4": one adult to the group. */
    public String staffRatio() {
        return "1:" + groupSize;
    }

    public String attendedHours() {
        return Hours.of(attendedMinutes);
    }

    public String deliveredHours() {
        return Hours.of(deliveredMinutes);
    }

    public String attendance() {
        return Percent.of(attended, planned);
    }

    public String cost() {
        return Money.gbp(costPence);
    }
}
