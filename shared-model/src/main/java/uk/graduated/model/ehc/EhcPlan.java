package uk.graduated.model.ehc;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * What the school tracks of a pupil's education, health and care plan: the dates that drive its
 * annual review. The plan's content (sections A-K) stays with the local authority's document.
 * Whether the child counts as under five is derived from the date of birth by
 * {@link AnnualReviewRules#reviewsAsUnderFive}, never stored.
 *
 * @param id                     client-generated id
 * @param pupilId                whose plan
 * @param issueDate              when the local authority issued the final plan
 * @param lastAnnualReviewDate   the last review meeting, or null before the first review
 * @param nextReviewMeetingDate  the next review meeting once booked, or null
 * @param invitationSentDate     when invitations to that meeting went out, or null
 * @param localAuthority         the maintaining authority, e.g. "Northshire County Council";
 *                               at most {@link TextLimits#NAME}
 */
public record EhcPlan(
        UUID id,
        UUID pupilId,
        LocalDate issueDate,
        LocalDate lastAnnualReviewDate,
        LocalDate nextReviewMeetingDate,
        LocalDate invitationSentDate,
        String localAuthority) {

    public EhcPlan {
        Violations v = new Violations();
        v.require("id", id);
        v.require("pupilId", pupilId);
        v.require("issueDate", issueDate);
        FieldChecks.notBefore(v, "lastAnnualReviewDate", lastAnnualReviewDate, "issueDate", issueDate);
        FieldChecks.after(v, "nextReviewMeetingDate", nextReviewMeetingDate, "issueDate", issueDate);
        FieldChecks.after(v, "nextReviewMeetingDate", nextReviewMeetingDate,
                "lastAnnualReviewDate", lastAnnualReviewDate);
        // The invitation belongs to the next meeting: sent after the last review, not after the meeting.
        FieldChecks.notBefore(v, "invitationSentDate", invitationSentDate, "issueDate", issueDate);
        FieldChecks.notBefore(v, "invitationSentDate", invitationSentDate,
                "lastAnnualReviewDate", lastAnnualReviewDate);
        if (invitationSentDate != null && nextReviewMeetingDate != null
                && invitationSentDate.isAfter(nextReviewMeetingDate)) {
            v.add("invitationSentDate", FieldChecks.DATE_ORDER,
                    "invitationSentDate must not be after nextReviewMeetingDate");
        }
        FieldChecks.requiredText(v, "localAuthority", localAuthority, TextLimits.NAME);
        v.throwIfAny();
    }

    /** The date the next review is counted from: the last review, or the issue before the first one. */
    public LocalDate lastReviewOrIssue() {
        return lastAnnualReviewDate != null ? lastAnnualReviewDate : issueDate;
    }
}
