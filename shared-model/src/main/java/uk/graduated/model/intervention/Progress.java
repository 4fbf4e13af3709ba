package uk.graduated.model.intervention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A pupil's progress on an intervention's assessment, in the assessment's unit, so that a
 * positive number always means "better": exit minus entry, negated when lower scores are better.
 * The rates let the SENCO compare interventions per hour delivered and per GBP 100 spent; they
 * are rounded half up to {@value #RATE_DECIMAL_PLACES} decimal places.
 */
public final class Progress {
    public static final int RATE_DECIMAL_PLACES = 2;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal PENCE_PER_HUNDRED_POUNDS = BigDecimal.valueOf(10_000);

    private Progress() {
    }

    /** Progress of one pupil; empty until both an entry and an exit score are recorded. */
    public static Optional<BigDecimal> of(Assessment assessment, GroupMembership membership) {
        if (membership.entry() == null || membership.exit() == null) {
            return Optional.empty();
        }
        BigDecimal change = membership.exit().value().subtract(membership.entry().value());
        return Optional.of(assessment.higherIsBetter() ? change : change.negate());
    }

    /** Progress per hour of sessions; empty when no time was delivered. */
    public static Optional<BigDecimal> perHour(BigDecimal progress, long minutesDelivered) {
        if (minutesDelivered < 0) {
            throw new IllegalArgumentException("minutesDelivered must not be negative: " + minutesDelivered);
        }
        if (minutesDelivered == 0) {
            return Optional.empty();
        }
        return Optional.of(progress.multiply(MINUTES_PER_HOUR)
                .divide(BigDecimal.valueOf(minutesDelivered), RATE_DECIMAL_PLACES, RoundingMode.HALF_UP));
    }

    /** Progress per GBP 100 spent; empty when nothing was spent. */
    public static Optional<BigDecimal> perHundredPounds(BigDecimal progress, long costPence) {
        if (costPence < 0) {
            throw new IllegalArgumentException("costPence must not be negative: " + costPence);
        }
        if (costPence == 0) {
            return Optional.empty();
        }
        return Optional.of(progress.multiply(PENCE_PER_HUNDRED_POUNDS)
                .divide(BigDecimal.valueOf(costPence), RATE_DECIMAL_PLACES, RoundingMode.HALF_UP));
    }
}
