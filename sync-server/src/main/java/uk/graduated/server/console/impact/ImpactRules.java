package uk.graduated.server.console.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The stated rules that turn an intervention's figures into keep / change / stop, in this order:
 * <ol>
 *   <li>Not enough data: fewer than {@value #MIN_RATED_PUPILS} pupils with a rating change, or fewer than
 *   {@value #MIN_SESSIONS} sessions delivered in the period.</li>
 *   <li>Stop: the mean rating change is zero or less (pupils are not moving on their targets).</li>
 *   <li>Change: progress per GBP 100 below the median of the interventions judged, and attendance under
 *   {@value #MIN_ATTENDANCE_PERCENT}%.</li>
 *   <li>Keep: otherwise.</li>
 * </ol>
 */
public final class ImpactRules {
    public static final int MIN_RATED_PUPILS = 3;
    public static final int MIN_SESSIONS = 6;
    public static final int MIN_ATTENDANCE_PERCENT = 80;

    private ImpactRules() {
    }

    public static boolean enoughData(ImpactFigures f) {
        return f.ratedPupils() >= MIN_RATED_PUPILS && f.delivered() >= MIN_SESSIONS;
    }

    /** The median progress per GBP 100 of the interventions with enough data and a cost; null with none. */
    public static BigDecimal median(Collection<ImpactFigures> figures) {
        List<BigDecimal> values = figures.stream().filter(ImpactRules::enoughData)
                .map(ImpactFigures::perHundredPounds).filter(Objects::nonNull).sorted().collect(Collectors.toList());
        if (values.isEmpty()) {
            return null;
        }
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle)
                : values.get(middle - 1).add(values.get(middle)).divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_UP);
    }

    public static Recommendation recommend(ImpactFigures f, BigDecimal median) {
        if (!enoughData(f)) {
            return new Recommendation(Recommendation.Kind.NOT_ENOUGH_DATA, f.ratedPupils() + " pupil"
                    + (f.ratedPupils() == 1 ? " has" : "s have") + " targets rated in two or more sessions and "
                    + f.delivered() + " session" + (f.delivered() == 1 ? " was" : "s were") + " delivered; the rules need at least "
                    + MIN_RATED_PUPILS + " pupils and " + MIN_SESSIONS + " sessions.");
        }
        if (f.meanRatingChange().signum() <= 0) {
            return new Recommendation(Recommendation.Kind.STOP, "Ratings did not improve: the mean change is "
                    + f.change() + " points over " + f.ratedTargets() + " targets of " + f.ratedPupils()
                    + " pupils, after " + f.delivered() + " sessions.");
        }
        boolean belowMedian = median != null && f.perHundredPounds() != null && f.perHundredPounds().compareTo(median) < 0;
        if (belowMedian && f.attendanceBelow(MIN_ATTENDANCE_PERCENT)) {
            return new Recommendation(Recommendation.Kind.CHANGE, "Progress per £100 is " + f.perHundredText()
                    + ", below the median of " + ImpactFigures.signed(median.setScale(2, RoundingMode.HALF_UP))
                    + ", and attendance is " + f.attendance() + ", under " + MIN_ATTENDANCE_PERCENT
                    + "%: look at when it runs, who is in the group or who leads it.");
        }
        return new Recommendation(Recommendation.Kind.KEEP, "Ratings rose by " + f.change() + " points on average ("
                + f.ratedPupils() + " pupils); progress per £100 is " + f.perHundredText()
                + (median == null ? "" : " (median " + ImpactFigures.signed(median.setScale(2, RoundingMode.HALF_UP)) + ")")
                + "; attendance " + f.attendance() + ".");
    }
}
