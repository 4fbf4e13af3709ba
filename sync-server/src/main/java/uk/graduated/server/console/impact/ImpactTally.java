package uk.graduated.server.console.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.intervention.CostSummary;
import uk.graduated.model.intervention.InterventionCost;
import uk.graduated.model.intervention.Progress;

/**
 * The raw counts behind one line of the impact page, for one intervention or, added together, for an
 * area of need; {@link #figures} turns them into averages and rates by the shared {@link Progress} rules.
 */
final class ImpactTally {
    private final Set<UUID> pupils = new HashSet<>();
    private final Map<RatingChanges.Pair, Integer> changes = new HashMap<>();
    private final List<BigDecimal> scoreProgress = new ArrayList<>();
    private int delivered;
    private int planned;
    private long plannedPupilSessions;
    private long attendedPupilSessions;
    private long attendedMinutes;
    private long costPence;

    void pupil(UUID pupilId, long planned, long attended, long minutes) {
        pupils.add(pupilId);
        plannedPupilSessions += planned;
        attendedPupilSessions += attended;
        attendedMinutes += minutes;
    }

    void sessions(int plannedSessions, int deliveredSessions, long cost) {
        planned += plannedSessions;
        delivered += deliveredSessions;
        costPence += cost;
    }

    void changes(Map<RatingChanges.Pair, Integer> more) {
        changes.putAll(more);
    }

    void scoreProgress(BigDecimal progress) {
        scoreProgress.add(progress);
    }

    void add(ImpactTally other) {
        pupils.addAll(other.pupils);
        changes.putAll(other.changes);
        delivered += other.delivered;
        planned += other.planned;
        plannedPupilSessions += other.plannedPupilSessions;
        attendedPupilSessions += other.attendedPupilSessions;
        attendedMinutes += other.attendedMinutes;
        costPence += other.costPence;
    }

    ImpactFigures figures(String label, String note) {
        int ratedPupils = (int) changes.keySet().stream().map(RatingChanges.Pair::pupilId).distinct().count();
        BigDecimal meanChange = mean(changes.values().stream().map(BigDecimal::valueOf).toList());
        Long costPerPupil = InterventionCost.perPupilPence(new CostSummary(costPence, 0), pupils.size()).orElse(null);
        long minutesPerPupil = pupils.isEmpty() ? 0 : Math.round((double) attendedMinutes / pupils.size());
        BigDecimal perHour = meanChange == null ? null : Progress.perHour(meanChange, minutesPerPupil).orElse(null);
        BigDecimal perHundred = meanChange == null || costPerPupil == null ? null
                : Progress.perHundredPounds(meanChange, costPerPupil).orElse(null);
        return new ImpactFigures(label, note, pupils.size(), ratedPupils, changes.size(), meanChange, delivered,
                planned, plannedPupilSessions, attendedPupilSessions, minutesPerPupil, costPence, costPerPupil, perHour,
                perHundred, scoreProgress.size(), mean(scoreProgress));
    }

    /** The mean to two decimals, half up; null for no values. */
    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), Progress.RATE_DECIMAL_PLACES, RoundingMode.HALF_UP);
    }
}
