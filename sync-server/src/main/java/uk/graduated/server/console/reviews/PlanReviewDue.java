package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import uk.graduated.model.plan.ReviewDue;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * The review of an open support-plan cycle.
 *
 * @param stage        the cycle's stage as a person reads it, e.g. "Do"
 * @param inviteBy     when to invite the parents: {@link DueReviews#PARENT_NOTICE_DAYS} before the review
 */
public record PlanReviewDue(PupilRef pupil, LocalDate reviewDate, ReviewDue status, String stage, LocalDate inviteBy) {
    public boolean overdue() {
        return status == ReviewDue.OVERDUE;
    }
}
