package uk.graduated.model.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.FieldErrorCodes;
import uk.graduated.model.validation.TextLimits;

class PupilTest {
    @Test
    void examplePupils_areValid() {
        assertThat(RegisterExamples.poppy().displayName()).isEqualTo("Poppy Fenwick");
        assertThat(RegisterExamples.idris().displayName()).isEqualTo("Idris Quayle");
        assertThat(RegisterExamples.zainab().flags().eal()).isTrue();
        assertThat(RegisterExamples.milo().upn().isTemporary()).isTrue();
    }

    @Test
    void pupil_withoutUpnOrClass_isAccepted() {
        Pupil pupil = RegisterExamples.pupil().upn(null).className("  ").build();

        assertThat(pupil.upn()).isNull();
        assertThat(pupil.className()).isNull();
    }

    @Test
    void blankPreferredName_fallsBackToLegalFirstName() {
        Pupil pupil = RegisterExamples.pupil().preferredName(" ").build();

        assertThat(pupil.preferredName()).isNull();
        assertThat(pupil.displayName()).isEqualTo("Penelope Fenwick");
    }

    @Test
    void pupil_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new Pupil(null, null, null, "", null, null, null, null, null, null, null)))
                .containsExactly("id:required", "schoolId:required", "legalFirstName:required",
                        "legalLastName:required", "dateOfBirth:required", "yearGroup:required", "flags:required");
    }

    @Test
    void pupil_withNamesOverLimit_isRejected() {
        String longName = "x".repeat(TextLimits.NAME + 1);

        assertThat(FieldErrorCodes.of(() -> RegisterExamples.pupil().names(longName, longName)
                .preferredName(longName).className("y".repeat(TextLimits.LABEL + 1)).build()))
                .containsExactly("legalFirstName:too_long", "legalLastName:too_long", "preferredName:too_long",
                        "className:too_long");
    }

    @Test
    void pupil_leavingOnOrBeforeBirth_isRejected() {
        LocalDate born = RegisterExamples.poppy().dateOfBirth();

        assertThat(FieldErrorCodes.of(() -> RegisterExamples.pupil().leftOn(born).build()))
                .containsExactly("leftOn:date_order");
    }

    @Test
    void pupil_isOnRoll_untilTheDayTheyLeave() {
        Pupil leaver = RegisterExamples.pupil().leftOn(LocalDate.of(2027, 7, 21)).build();

        assertThat(leaver.isOnRollOn(LocalDate.of(2027, 7, 20))).isTrue();
        assertThat(leaver.isOnRollOn(LocalDate.of(2027, 7, 21))).isFalse();
        assertThat(RegisterExamples.poppy().isOnRollOn(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void flags_lookedAfterAndPreviouslyLookedAfterTogether_areRejected() {
        assertThat(FieldErrorCodes.of(() -> new PupilFlags(true, true, false, false)))
                .containsExactly("previouslyLookedAfter:conflict");
    }
}
