package uk.graduated.model.ehc;

/** Where an EHC plan's annual review stands against its due date. */
public enum AnnualReviewStatus {
    /** The due date is further off than the warning window. */
    OK,
    /** The due date is within the warning window, the day itself included. */
    DUE_SOON,
    /** The due date has passed and no later review is recorded. */
    OVERDUE
}
