package uk.graduated.model.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.FieldErrorCodes;

class PupilRulesTest {
    private static final LocalDate TODAY = RegisterExamples.TODAY;

    @Test
    void dateOfBirth_today_isAccepted() {
        assertThat(PupilRules.dateOfBirthProblems(TODAY, TODAY)).isEmpty();
    }

    @Test
    void dateOfBirth_tomorrow_isInTheFuture() {
        assertThat(FieldErrorCodes.of(PupilRules.dateOfBirthProblems(TODAY.plusDays(1), TODAY)))
                .containsExactly("dateOfBirth:in_future");
    }

    @Test
    void age25_isAccepted_age26_isOutOfRange() {
        LocalDate turned25Today = TODAY.minusYears(25);
        LocalDate turns26Tomorrow = TODAY.minusYears(26).plusDays(1);
        LocalDate turned26Today = TODAY.minusYears(26);

        assertThat(PupilRules.dateOfBirthProblems(turned25Today, TODAY)).isEmpty();
        assertThat(PupilRules.dateOfBirthProblems(turns26Tomorrow, TODAY)).isEmpty();
        assertThat(FieldErrorCodes.of(PupilRules.dateOfBirthProblems(turned26Today, TODAY)))
                .containsExactly("dateOfBirth:out_of_range");
    }

    @Test
    void validateOn_checksThePupilsBirthDate() {
        Pupil pupil = RegisterExamples.pupil().dateOfBirth(LocalDate.of(2030, 1, 1)).build();

        assertThat(FieldErrorCodes.of(PupilRules.validateOn(pupil, TODAY))).containsExactly("dateOfBirth:in_future");
        assertThat(PupilRules.validateOn(RegisterExamples.poppy(), TODAY)).isEmpty();
    }

    @Test
    void age_changesOnTheBirthday() {
        LocalDate born = LocalDate.of(2019, 5, 9);

        assertThat(PupilRules.ageOn(born, LocalDate.of(2024, 5, 8))).isEqualTo(4);
        assertThat(PupilRules.ageOn(born, LocalDate.of(2024, 5, 9))).isEqualTo(5);
    }

    /** Period counts whole months, so a leap-day child turns a year older on 1 March in common years. */
    @Test
    void leapDayBirthday_agesOnFirstMarchInCommonYears() {
        LocalDate born = LocalDate.of(2020, 2, 29);

        assertThat(PupilRules.ageOn(born, LocalDate.of(2025, 2, 28))).isEqualTo(4);
        assertThat(PupilRules.ageOn(born, LocalDate.of(2025, 3, 1))).isEqualTo(5);
        assertThat(PupilRules.isUnderFiveOn(born, LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(PupilRules.isUnderFiveOn(born, LocalDate.of(2025, 3, 1))).isFalse();
    }
}
