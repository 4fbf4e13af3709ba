package uk.graduated.server.console.reviews;

/** What a date on the reviews calendar stands for. */
public enum ReviewKind {
    PLAN_REVIEW("Support plan review", "Plan review", "plan"),
    PLAN_REVIEW_HELD("Support plan review held", "Plan review held", "held"),
    EHC_MEETING("EHC annual review meeting", "EHC review meeting", "ehc"),
    EHC_DUE("EHC annual review due by", "EHC review due by", "ehc"),
    EHC_INVITATIONS("EHC review invitations to go out by", "EHC invitations by", "invite"),
    EHC_REVIEW_HELD("EHC annual review held", "EHC review held", "held");

    private final String label;
    private final String shortLabel;
    private final String style;

    ReviewKind(String label, String shortLabel, String style) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.style = style;
    }

    public String label() {
        return label;
    }

    /** For a calendar cell. */
    public String shortLabel() {
        return shortLabel;
    }

    /** The suffix of the entry's CSS class, e.g. {@code review-ehc}. */
    public String style() {
        return style;
    }
}
