package uk.graduated.model.sen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.FieldErrorCodes;

class ProvisionEntryTest {
    private static final LocalDate START = LocalDate.of(2025, 9, 3);

    @Test
    void entry_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new ProvisionEntry(null, null, null, null, null)))
                .containsExactly("id:required", "pupilId:required", "provision:required", "startDate:required");
    }

    @Test
    void entry_endingOnItsStartDay_isRejected() {
        assertThat(FieldErrorCodes.of(() -> SenExamples.entry(1, SenProvision.K, START, START)))
                .containsExactly("endDate:date_order");
    }

    @Test
    void entry_appliesFromStart_upToTheDayBeforeItsEnd() {
        ProvisionEntry entry = SenExamples.entry(1, SenProvision.K, START, START.plusDays(10));

        assertThat(entry.appliesOn(START.minusDays(1))).isFalse();
        assertThat(entry.appliesOn(START)).isTrue();
        assertThat(entry.appliesOn(START.plusDays(9))).isTrue();
        assertThat(entry.appliesOn(START.plusDays(10))).isFalse();
        assertThat(entry.isOpen()).isFalse();
    }

    @Test
    void openEntry_appliesFromStartOnwards() {
        ProvisionEntry entry = SenExamples.poppyOnSenSupport();

        assertThat(entry.isOpen()).isTrue();
        assertThat(entry.appliesOn(LocalDate.of(2099, 1, 1))).isTrue();
    }
}
