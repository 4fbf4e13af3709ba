package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import uk.graduated.model.ehc.AnnualReviewStatus;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * The next annual review of an EHC plan, with the deadlines {@code AnnualReviewRules} derives.
 *
 * @param dueDate          the last day the review meeting may be held
 * @param meetingDate      the booked meeting, or null
 * @param invitationsBy    the last day invitations may go out: two weeks before the meeting, or before
 *                         the due date while no meeting is booked
 * @param invitationSent   when invitations went out, or null
 * @param invitationLate   not sent by {@code invitationsBy}, or sent after it
 * @param underFive        reviewed every 6 months: the child was under five at the last review
 */
public record EhcReviewDue(PupilRef pupil, LocalDate dueDate, AnnualReviewStatus status, LocalDate meetingDate,
        LocalDate invitationsBy, LocalDate invitationSent, boolean invitationLate, String localAuthority,
        boolean underFive) {

    public boolean overdue() {
        return status == AnnualReviewStatus.OVERDUE;
    }

    /** The meeting if booked, else the due date: the day the review is expected. */
    public LocalDate reviewDate() {
        return meetingDate != null ? meetingDate : dueDate;
    }

    /** A meeting booked after the due date will be late. */
    public boolean meetingAfterDueDate() {
        return meetingDate != null && meetingDate.isAfter(dueDate);
    }
}
