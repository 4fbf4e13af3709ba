package uk.graduated.server.console.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Interventions over a term: what was delivered and what it cost, attendance, and progress on
 * targets from the session ratings.
 *
 * @param interventions      interventions with at least one session logged
 * @param minutesDelivered   adult time in the sessions logged
 * @param costPence          that time at each intervention's hourly staff cost, plus the resources of
 *                           interventions that started in the term
 * @param registerEntries    pupils on session registers, counted once per session
 * @param present            of those, present
 * @param attendingPupils    different pupils on the registers
 * @param targetsMeasured    pupil targets rated in at least two sessions
 * @param pupilsMeasured     different pupils among those
 * @param totalChange        the sum over those targets of latest minus first rating
 * @param byIntervention     average progress per intervention, for the chart
 */
public record DeliveryFigures(int interventions, int sessions, long minutesDelivered, long costPence,
        int registerEntries, int present, int attendingPupils, int targetsMeasured, int pupilsMeasured,
        int totalChange, List<InterventionProgress> byIntervention) {

    /** One intervention's average progress and how many pupils it rests on. */
    public record InterventionProgress(String name, int pupils, int targets, int totalChange) {
        public boolean hidden() {
            return pupils < PupilCount.THRESHOLD;
        }

        public BigDecimal average() {
            return DeliveryFigures.average(totalChange, targets);
        }
    }

    public DeliveryFigures {
        byIntervention = List.copyOf(byIntervention);
    }

    public PupilCount attending() {
        return PupilCount.of(attendingPupils);
    }

    /** Present of all on the registers; hidden when it rests on fewer than 5 pupils. */
    public String attendance() {
        return attending().hidden() ? PupilCount.SUPPRESSED + " pupils" : Figures.percent(present, registerEntries);
    }

    public PupilCount measured() {
        return PupilCount.of(pupilsMeasured);
    }

    /** Mean change in rating points, one decimal; null when no target was rated twice. */
    public BigDecimal averageProgress() {
        return average(totalChange, targetsMeasured);
    }

    public String averageProgressText() {
        if (targetsMeasured == 0) {
            return "no target rated twice";
        }
        return measured().hidden() ? PupilCount.SUPPRESSED + " pupils" : Figures.change(averageProgress()) + " points";
    }

    static BigDecimal average(int total, int count) {
        return count == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
