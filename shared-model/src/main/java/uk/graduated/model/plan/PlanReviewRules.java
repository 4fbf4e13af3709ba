package uk.graduated.model.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** When plan reviews fall due. Callers pass today: the rules never read the clock. */
public final class PlanReviewRules {
    /** Cycles last about a term, so two weeks' warning leaves time to invite the parents. */
    public static final int DEFAULT_DUE_SOON_DAYS = 14;

    private PlanReviewRules() {
    }

    public static ReviewDue status(PlanCycle cycle, LocalDate today) {
        return status(cycle, today, DEFAULT_DUE_SOON_DAYS);
    }

    public static ReviewDue status(PlanCycle cycle, LocalDate today, int dueSoonDays) {
        return cycle.isOpen() ? status(cycle.reviewDate(), today, dueSoonDays) : ReviewDue.NONE;
    }

    public static ReviewDue status(Target target, LocalDate today) {
        return target.isActive() ? status(target.reviewDate(), today, DEFAULT_DUE_SOON_DAYS) : ReviewDue.NONE;
    }

    /**
     * OVERDUE the day after {@code reviewDate}; DUE_SOON from {@code dueSoonDays} before it up to and
     * including the day itself; NOT_YET before that.
     */
    public static ReviewDue status(LocalDate reviewDate, LocalDate today, int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, reviewDate);
        if (daysLeft < 0) {
            return ReviewDue.OVERDUE;
        }
        return daysLeft <= dueSoonDays ? ReviewDue.DUE_SOON : ReviewDue.NOT_YET;
    }
}
