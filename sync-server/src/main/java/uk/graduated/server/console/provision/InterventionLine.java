package uk.graduated.server.console.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.intervention.Intervention;

/**
 * One intervention on the provision map, with its figures for the chosen period.
 *
 * @param members            pupils in the group at some time in the period
 * @param plannedCostPence   the whole intervention as planned, start to end
 * @param periodCostPence    staff time delivered in the period plus resources if it started in it
 * @param perPupilPence      the period's cost shared by its members; null with no members
 * @param plannedSessions    sessions planned in the period, up to the day counted
 * @param deliveredSessions  sessions logged in the period, up to the day counted
 * @param termWeeks          planned and delivered per week of the current term
 */
public record InterventionLine(Intervention intervention, String leads, LocalDate endDate, int members,
        long plannedCostPence, long periodCostPence, Long perPupilPence, int plannedSessions, int deliveredSessions,
        long deliveredMinutes, List<WeekCell> termWeeks) {

    public InterventionLine {
        termWeeks = List.copyOf(termWeeks);
    }

    public UUID id() {
        return intervention.id();
    }

    public String href() {
        return "/console/provision/" + intervention.id();
    }

    public String status() {
        return ScheduleText.status(intervention);
    }

    public String when() {
        return ScheduleText.when(intervention.schedule());
    }

    public String frequency() {
        return ScheduleText.frequency(intervention.schedule());
    }

    public boolean underPlan() {
        return deliveredSessions < plannedSessions;
    }

    /** Whether any week of the term planned or logged a session. */
    public boolean ranInTerm() {
        return termWeeks.stream().anyMatch(w -> !w.idle());
    }

    public long weeksUnderPlan() {
        return termWeeks.stream().filter(WeekCell::underPlan).count();
    }

    /** Hours delivered, one decimal: "12.5". */
    public String deliveredHours() {
        return Hours.of(deliveredMinutes);
    }
}
