package uk.graduated.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_A;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_B;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_C;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.session.SessionExamples.TARGET_BLENDING;
import static uk.graduated.model.session.SessionExamples.TARGET_TRICKY_WORDS;
import static uk.graduated.model.session.SessionExamples.sessionLog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.school.FieldErrorCodes;

class SessionLogTest {

    @Test
    void example_isValid() {
        SessionLog log = sessionLog().build();

        assertThat(log.wasPresent(PUPIL_A)).isTrue();
        assertThat(log.wasPresent(PUPIL_C)).isFalse();
        assertThat(log.wasPresent(UUID.randomUUID())).isFalse();
    }

    @Test
    void everyMissingField_isReportedAtOnce() {
        List<String> errors = FieldErrorCodes.of(() -> new SessionLog(null, null, null, null, 0, null, null, null, null,
                false, null, null, null));

        assertThat(errors).containsExactlyInAnyOrder("id:required", "interventionId:required", "date:required",
                "minutes:out_of_range", "deliveredBy:required", "attendance:required", "ratings:required",
                "recordedAt:required", "deviceId:required");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 300})
    void minutes_atTheLimits_areAccepted(int minutes) {
        assertThat(sessionLog().minutes(minutes).build().minutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 301})
    void minutes_outsideOneTo300_areRejected(int minutes) {
        assertThat(FieldErrorCodes.of(() -> sessionLog().minutes(minutes).build())).containsExactly("minutes:out_of_range");
    }

    @Test
    void attendance_empty_isRequired() {
        assertThat(FieldErrorCodes.of(() -> sessionLog().attendance(List.of()).ratings().build()))
                .containsExactly("attendance:required");
    }

    @Test
    void attendance_withTheSamePupilTwice_namesTheSecondEntry() {
        assertThat(FieldErrorCodes.of(() -> sessionLog()
                .attendance(Attendance.present(PUPIL_A), Attendance.absent(PUPIL_A, AbsenceReason.ILL)).ratings()
                .build()))
                .containsExactly("attendance[1].pupilId:duplicate");
    }

    @Test
    void attendance_ofMoreThanFortyPupils_isTooMany() {
        List<Attendance> crowd = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            crowd.add(Attendance.present(UUID.randomUUID()));
        }

        assertThat(FieldErrorCodes.of(() -> sessionLog().attendance(crowd).ratings().build()))
                .containsExactly("attendance:too_many");
    }

    @Test
    void everyoneAbsent_withNoRatings_isAValidLogOfAMissedSession() {
        SessionLog log = sessionLog().attendance(Attendance.absent(PUPIL_A, AbsenceReason.CLASS_ACTIVITY)).ratings()
                .build();

        assertThat(log.wasPresent(PUPIL_A)).isFalse();
    }

    @Test
    void rating_forAnAbsentPupil_isRejected() {
        assertThat(FieldErrorCodes.of(() -> sessionLog()
                .ratings(new TargetRating(PUPIL_C, TARGET_BLENDING, Rating.NOT_YET)).build()))
                .containsExactly("ratings[0].pupilId:not_present");
    }

    @Test
    void rating_forAPupilNotInTheAttendance_isRejected() {
        assertThat(FieldErrorCodes.of(() -> sessionLog()
                .ratings(new TargetRating(UUID.randomUUID(), TARGET_BLENDING, Rating.NOT_YET)).build()))
                .containsExactly("ratings[0].pupilId:not_present");
    }

    @Test
    void rating_theSamePupilAndTargetTwice_isADuplicate() {
        assertThat(FieldErrorCodes.of(() -> sessionLog().ratings(
                new TargetRating(PUPIL_A, TARGET_BLENDING, Rating.NOT_YET),
                new TargetRating(PUPIL_A, TARGET_BLENDING, Rating.INDEPENDENTLY)).build()))
                .containsExactly("ratings[1].targetId:duplicate");
    }

    @Test
    void rating_twoPupilsOnTheSameTarget_andOnePupilOnTwoTargets_areAccepted() {
        SessionLog log = sessionLog().ratings(
                new TargetRating(PUPIL_A, TARGET_BLENDING, Rating.NOT_YET),
                new TargetRating(PUPIL_B, TARGET_BLENDING, Rating.WITH_SOME_HELP),
                new TargetRating(PUPIL_A, TARGET_TRICKY_WORDS, Rating.INDEPENDENTLY)).build();

        assertThat(log.ratings()).hasSize(3);
    }

    @Test
    void notes_ofFourThousandCharacters_areAccepted_andOneMoreIsTooLong() {
        assertThat(sessionLog().notes("n".repeat(4_000)).build().notes()).hasSize(4_000);
        assertThat(FieldErrorCodes.of(() -> sessionLog().notes("n".repeat(4_001)).build())).containsExactly("notes:too_long");
    }

    @Test
    void notes_countCharactersNotUtf16Units() {
        String fourThousandEmoji = "\uD83D\uDE00".repeat(4_000);

        assertThat(sessionLog().notes(fourThousandEmoji).build().notes()).isEqualTo(fourThousandEmoji);
    }

    @Test
    void notes_blank_areStoredAsAbsent() {
        assertThat(sessionLog().notes("   ").build().notes()).isNull();
    }

    @Test
    void concern_flaggedWithText_isKept() {
        SessionLog log = sessionLog().concern("B said he is scared of the older children at lunch.").build();

        assertThat(log.concernFlagged()).isTrue();
        assertThat(log.concernText()).startsWith("B said");
    }

    @Test
    void concern_flaggedWithoutText_isRejected() {
        assertThat(FieldErrorCodes.of(() -> sessionLog().concern(" ").build())).containsExactly("concernText:required");
    }

    @Test
    void concernText_withoutTheFlag_isRejected() {
        assertThat(FieldErrorCodes.of(() -> sessionLog().concern(false, "Worried").build()))
                .containsExactly("concernText:not_allowed");
    }

    @Test
    void concernText_longerThanTwoThousandCharacters_isTooLong() {
        assertThat(FieldErrorCodes.of(() -> sessionLog().concern("c".repeat(2_001)).build()))
                .containsExactly("concernText:too_long");
    }

    @Test
    void lists_changedByTheCallerAfterwards_doNotChangeTheLog() {
        List<Attendance> attendance = new ArrayList<>(List.of(Attendance.present(PUPIL_A)));
        SessionLog log = sessionLog().attendance(attendance).ratings().build();

        attendance.add(Attendance.present(PUPIL_B));

        assertThat(log.attendance()).hasSize(1);
    }

    @Test
    void checkNotAfter_today_orEarlier_passes() {
        SessionLog log = sessionLog().date(TERM_START).build();

        assertThatCode(() -> log.checkNotAfter(TERM_START)).doesNotThrowAnyException();
        assertThatCode(() -> log.checkNotAfter(TERM_START.plusDays(30))).doesNotThrowAnyException();
    }

    @Test
    void checkNotAfter_aSessionDatedTomorrow_isRejected() {
        SessionLog log = sessionLog().date(TERM_START.plusDays(1)).build();

        assertThat(FieldErrorCodes.of(() -> log.checkNotAfter(TERM_START))).containsExactly("date:in_future");
    }
}
