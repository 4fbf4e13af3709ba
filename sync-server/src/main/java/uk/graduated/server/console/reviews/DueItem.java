package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * A line of the due list: a support-plan review or an EHC annual review.
 *
 * @param reviewDate     the day of the review: the cycle's review date, or the EHC meeting (its due date
 *                       while no meeting is booked)
 * @param dueBy          the last day the review may be held (EHC), else the review date
 * @param invitationsBy  EHC: the legal latest day for invitations; support plan: the suggested day to
 *                       invite the parents
 * @param invitationSent EHC: when invitations went out, or null; always null for support plans
 * @param detail         the cycle's stage, or the local authority and whether a meeting is booked
 */
public record DueItem(PupilRef pupil, boolean ehc, LocalDate reviewDate, LocalDate dueBy, LocalDate invitationsBy,
        LocalDate invitationSent, boolean overdue, boolean invitationLate, boolean meetingAfterDueDate,
        String detail) {

    public String kind() {
        return ehc ? "EHC annual review" : "Support plan review";
    }

    /** The annual review pack of the pupil, for the meeting. */
    public String packHref() {
        return pupil.href() + "/annual-review.pdf";
    }

    static DueItem of(PlanReviewDue r) {
        return new DueItem(r.pupil(), false, r.reviewDate(), r.reviewDate(), r.inviteBy(), null, r.overdue(), false,
                false, "Cycle stage: " + r.stage());
    }

    static DueItem of(EhcReviewDue r) {
        String meeting = r.meetingDate() == null ? "no meeting booked" : "meeting booked";
        String detail = r.localAuthority() + "; " + meeting
                + (r.underFive() ? "; reviewed every 6 months (under five at the last review)" : "");
        return new DueItem(r.pupil(), true, r.reviewDate(), r.dueDate(), r.invitationsBy(), r.invitationSent(),
                r.overdue(), r.invitationLate(), r.meetingAfterDueDate(), detail);
    }
}
