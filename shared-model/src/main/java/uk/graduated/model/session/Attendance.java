package uk.graduated.model.session;

import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.Violations;

/**
 * One group member's attendance at a session.
 *
 * @param pupilId       the member
 * @param status        present or absent
 * @param absenceReason required when absent, null when present
 * @param note          optional (required for {@link AbsenceReason#OTHER}), at most
 *                      {@link TextLimits#STATEMENT}; a blank note is stored as null
 */
public record Attendance(UUID pupilId, AttendanceStatus status, AbsenceReason absenceReason, String note) {
    public Attendance {
        note = FieldChecks.blankToNull(note);
        Violations v = new Violations();
        v.require("pupilId", pupilId);
        if (v.require("status", status)) {
            if (status == AttendanceStatus.ABSENT && absenceReason == null) {
                v.add("absenceReason", "required", "absenceReason is required when a pupil is absent");
            }
            if (status == AttendanceStatus.PRESENT && absenceReason != null) {
                v.add("absenceReason", "not_allowed", "absenceReason is only for absent pupils");
            }
        }
        if (absenceReason == AbsenceReason.OTHER && note == null) {
            v.add("note", "required", "note is required when the absence reason is other");
        }
        FieldChecks.optionalText(v, "note", note, TextLimits.STATEMENT);
        v.throwIfAny();
    }

    public static Attendance present(UUID pupilId) {
        return new Attendance(pupilId, AttendanceStatus.PRESENT, null, null);
    }

    public static Attendance absent(UUID pupilId, AbsenceReason reason) {
        return new Attendance(pupilId, AttendanceStatus.ABSENT, reason, null);
    }

    public boolean isPresent() {
        return status == AttendanceStatus.PRESENT;
    }
}
