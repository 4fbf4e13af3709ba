package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * One review date on the calendar.
 *
 * @param late whether the date has passed with the review not recorded, or the invitations not sent
 * @param note a short remark such as "after the due date", or null
 */
public record ReviewEntry(LocalDate date, ReviewKind kind, PupilRef pupil, boolean late, String note) {
    /** What a late entry is called: invitations are "Late", reviews "Overdue". */
    public String lateLabel() {
        return kind == ReviewKind.EHC_INVITATIONS ? "Late" : "Overdue";
    }

    public String cssClass() {
        return "review review-" + kind.style() + (late ? " review-late" : "");
    }
}
