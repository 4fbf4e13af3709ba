package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import java.util.List;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.server.console.pupil.EhcSummary;
import uk.graduated.server.console.pupil.PupilRecords;

/**
 * Everything in a pupil's annual review pack.
 *
 * @param from          the first day of the period the pack covers; it ends {@code today}
 * @param provisionSince when the current provision started, or null for none recorded
 * @param ehc           null when the pupil has no EHC plan
 * @param cycle         the open support-plan cycle, else the latest one; null when there is no plan
 * @param observations  those in the period, newest first, at most {@link AnnualReviewPack#OBSERVATIONS_SHOWN}
 */
public record PackView(LocalDate today, LocalDate from, PupilRecords.Details pupil, SenProvision provision,
        LocalDate provisionSince, List<PupilRecords.Need> needs, EhcSummary ehc, PupilRecords.Cycle cycle,
        List<TargetLine> targets, List<InterventionLine> interventions, List<PupilRecords.Observation> observations) {

    public PackView {
        needs = List.copyOf(needs);
        targets = List.copyOf(targets);
        interventions = List.copyOf(interventions);
        observations = List.copyOf(observations);
    }

    public long totalCostPence() {
        return interventions.stream().mapToLong(InterventionLine::costSharePence).sum();
    }

    public long totalAttendedMinutes() {
        return interventions.stream().mapToLong(InterventionLine::attendedMinutes).sum();
    }

    public int totalDelivered() {
        return interventions.stream().mapToInt(InterventionLine::delivered).sum();
    }

    public int totalAttended() {
        return interventions.stream().mapToInt(InterventionLine::attended).sum();
    }
}
