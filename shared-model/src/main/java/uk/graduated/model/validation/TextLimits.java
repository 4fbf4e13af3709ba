package uk.graduated.model.validation;

/**
 * Longest text, in Unicode code points, that each kind of free-text field accepts. The limits keep
 * rows and sync payloads bounded and are generous for what a person types on a tablet; the server's
 * columns and the app's forms use the same numbers.
 */
public final class TextLimits {
    /** A person's or a school's name, a display name, a local authority's name. */
    public static final int NAME = 100;
    /** A label such as a class or nursery room, an agency's name, who delivers a strategy. */
    public static final int LABEL = 100;
    /** An e-mail address (RFC 5321 caps a forward path at 254 characters). */
    public static final int EMAIL = 254;
    /** One statement: a target's outcome, how it is measured, a baseline, a goal, a strategy. */
    public static final int STATEMENT = 1_000;
    /** A longer note: a review comment, the pupil's or the parent's views. */
    public static final int NOTE = 2_000;
    /** A summary: of a contact with a parent or an agency, of the decisions taken at a review. */
    public static final int SUMMARY = 4_000;

    private TextLimits() {
    }
}
