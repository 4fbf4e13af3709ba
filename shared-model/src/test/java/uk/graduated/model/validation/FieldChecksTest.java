package uk.graduated.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.FieldErrorCodes;

class FieldChecksTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    @Test
    void text_atTheLimit_isAccepted_andOneOver_isRejected() {
        Violations v = new Violations();
        FieldChecks.requiredText(v, "name", "a".repeat(10), 10);
        assertThat(v.isEmpty()).isTrue();

        FieldChecks.requiredText(v, "name", "a".repeat(11), 10);
        assertThat(FieldErrorCodes.of(v.list())).containsExactly("name:too_long");
    }

    @Test
    void textLength_countsCharactersNotUtf16Units() {
        Violations v = new Violations();
        String tenEmoji = "\uD83D\uDE00".repeat(10);

        FieldChecks.requiredText(v, "summary", tenEmoji, 10);

        assertThat(v.isEmpty()).isTrue();
    }

    @Test
    void optionalText_absent_isAccepted_present_isLimited() {
        Violations v = new Violations();
        FieldChecks.optionalText(v, "goal", null, 3);
        FieldChecks.optionalText(v, "goal", "abcd", 3);
        assertThat(FieldErrorCodes.of(v.list())).containsExactly("goal:too_long");
    }

    @Test
    void blankToNull_turnsBlankIntoAbsent_andKeepsText() {
        assertThat(FieldChecks.blankToNull(" \t")).isNull();
        assertThat(FieldChecks.blankToNull(null)).isNull();
        assertThat(FieldChecks.blankToNull(" Oak ")).isEqualTo(" Oak ");
    }

    @Test
    void notBefore_allowsSameDay_after_doesNot() {
        Violations v = new Violations();
        FieldChecks.notBefore(v, "endDate", DAY, "startDate", DAY);
        assertThat(v.isEmpty()).isTrue();

        FieldChecks.after(v, "endDate", DAY, "startDate", DAY);
        FieldChecks.notBefore(v, "followUpDate", DAY.minusDays(1), "date", DAY);
        assertThat(FieldErrorCodes.of(v.list())).containsExactly("endDate:date_order", "followUpDate:date_order");
    }

    @Test
    void dateChecks_withAMissingDate_sayNothing() {
        Violations v = new Violations();
        FieldChecks.after(v, "endDate", null, "startDate", DAY);
        FieldChecks.notBefore(v, "endDate", DAY, "startDate", null);
        assertThat(v.isEmpty()).isTrue();
    }
}
