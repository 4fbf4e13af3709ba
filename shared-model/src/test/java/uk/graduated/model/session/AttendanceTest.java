package uk.graduated.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_A;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.graduated.model.school.FieldErrorCodes;

class AttendanceTest {

    @Test
    void present_needsNoReason() {
        Attendance present = Attendance.present(PUPIL_A);

        assertThat(present.isPresent()).isTrue();
        assertThat(present.absenceReason()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = AbsenceReason.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void absent_withAReasonOtherThanOther_needsNoNote(AbsenceReason reason) {
        assertThat(Attendance.absent(PUPIL_A, reason).isPresent()).isFalse();
    }

    @Test
    void absent_withoutAReason_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new Attendance(PUPIL_A, AttendanceStatus.ABSENT, null, null)))
                .containsExactly("absenceReason:required");
    }

    @Test
    void present_withAnAbsenceReason_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new Attendance(PUPIL_A, AttendanceStatus.PRESENT, AbsenceReason.ILL, null)))
                .containsExactly("absenceReason:not_allowed");
    }

    @Test
    void otherReason_withoutANote_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new Attendance(PUPIL_A, AttendanceStatus.ABSENT, AbsenceReason.OTHER, "  ")))
                .containsExactly("note:required");
    }

    @Test
    void otherReason_withANote_isAccepted() {
        Attendance attendance = new Attendance(PUPIL_A, AttendanceStatus.ABSENT, AbsenceReason.OTHER, "Dentist");

        assertThat(attendance.note()).isEqualTo("Dentist");
    }

    @Test
    void blankNote_isStoredAsAbsent() {
        assertThat(new Attendance(PUPIL_A, AttendanceStatus.PRESENT, null, " ").note()).isNull();
    }

    @Test
    void note_longerThanAThousandCharacters_isTooLong() {
        assertThat(FieldErrorCodes.of(() -> new Attendance(PUPIL_A, AttendanceStatus.ABSENT, AbsenceReason.REFUSED,
                "x".repeat(1_001)))).containsExactly("note:too_long");
    }

    @Test
    void missingPupilAndStatus_areBothReported() {
        assertThat(FieldErrorCodes.of(() -> new Attendance(null, null, null, null)))
                .containsExactlyInAnyOrder("pupilId:required", "status:required");
    }

    @Test
    void codes_lookUpOnlyTheWireForm() {
        assertThat(AbsenceReason.fromCode("pupil_unavailable")).contains(AbsenceReason.PUPIL_UNAVAILABLE);
        assertThat(AbsenceReason.fromCode("PUPIL_UNAVAILABLE")).isEmpty();
        assertThat(AttendanceStatus.fromCode("absent")).contains(AttendanceStatus.ABSENT);
        assertThat(AttendanceStatus.fromCode("late")).isEmpty();
    }
}
