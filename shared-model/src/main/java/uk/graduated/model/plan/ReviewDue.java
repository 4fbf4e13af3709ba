package uk.graduated.model.plan;

/** Whether a cycle's or a target's review needs attention. */
public enum ReviewDue {
    /** Closed or no longer active: nothing to review. */
    NONE,
    /** The review date is further off than the warning window. */
    NOT_YET,
    /** The review date is within the warning window, today included. */
    DUE_SOON,
    /** The review date has passed without the review being recorded. */
    OVERDUE
}
