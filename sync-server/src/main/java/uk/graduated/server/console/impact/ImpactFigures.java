package uk.graduated.server.console.impact;

import java.math.BigDecimal;
import uk.graduated.server.console.provision.Hours;
import uk.graduated.server.console.provision.Money;
import uk.graduated.server.console.provision.Percent;

/**
 * One line of the impact page: an intervention, or an area of need with its interventions together.
 *
 * @param note                 e.g. the area of need of an intervention, or how many interventions an area has
 * @param ratedPupils          pupils with at least one target rated in two or more sessions
 * @param ratedTargets         such pupil-and-target pairs
 * @param meanRatingChange     mean of (latest rating minus first) over those pairs; null with none
 * @param minutesPerPupil      minutes of sessions attended, per pupil in the group
 * @param costPerPupilPence    the period's cost shared by the pupils; null with no pupils
 * @param perHour              mean rating change per hour attended; null when not computable
 * @param perHundredPounds     mean rating change per GBP 100 spent on each pupil; null when not computable
 * @param scored               pupils with both an entry and an exit score
 * @param meanScoreProgress    their mean exit minus entry, in the assessment's unit; null with none
 */
public record ImpactFigures(String label, String note, int pupils, int ratedPupils, int ratedTargets,
        BigDecimal meanRatingChange, int delivered, int planned, long plannedPupilSessions, long attendedPupilSessions,
        long minutesPerPupil, long costPence, Long costPerPupilPence, BigDecimal perHour, BigDecimal perHundredPounds,
        int scored, BigDecimal meanScoreProgress) {

    /** Whether attendance is under {@code percent}: attended / planned pupil-sessions, exactly. */
    public boolean attendanceBelow(int percent) {
        return plannedPupilSessions > 0 && attendedPupilSessions * 100 < percent * plannedPupilSessions;
    }

    public String attendance() {
        return Percent.of(attendedPupilSessions, plannedPupilSessions);
    }

    public String hoursPerPupil() {
        return Hours.of(minutesPerPupil);
    }

    public String costPerPupil() {
        return Money.gbpOrDash(costPerPupilPence);
    }

    public String cost() {
        return Money.gbp(costPence);
    }

    public String change() {
        return signed(meanRatingChange);
    }

    public String perHourText() {
        return signed(perHour);
    }

    public String perHundredText() {
        return signed(perHundredPounds);
    }

    public String scoreText() {
        return signed(meanScoreProgress);
    }

    /** "+1.25", "-0.50", or a dash. */
    public static String signed(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }
}
