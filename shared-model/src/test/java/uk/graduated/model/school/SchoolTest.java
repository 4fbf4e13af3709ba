package uk.graduated.model.school;

import uk.graduated.model.validation.TextLimits;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchoolTest {
    private static final UUID ID = SchoolExamples.SCHOOL_ID;

    @Test
    void school_withoutUrn_isAccepted() {
        assertThat(SchoolExamples.bramblesNursery().urn()).isNull();
    }

    @Test
    void school_withBlankUrn_storesItAsAbsent() {
        assertThat(new School(ID, "Larkfield", "  ", SchoolPhase.PRIMARY).urn()).isNull();
    }

    @Test
    void school_withEverythingMissing_namesEachField() {
        assertThat(FieldErrorCodes.of(() -> new School(null, " ", null, null)))
                .containsExactly("id:required", "name:required", "phase:required");
    }

    @Test
    void school_withUrnNotSixDigits_isRejected() {
        assertThat(FieldErrorCodes.of(() -> new School(ID, "Larkfield", "12345", SchoolPhase.PRIMARY)))
                .containsExactly("urn:invalid_format");
        assertThat(FieldErrorCodes.of(() -> new School(ID, "Larkfield", "12345a", SchoolPhase.PRIMARY)))
                .containsExactly("urn:invalid_format");
    }

    @Test
    void school_withNameOverLimit_isRejected() {
        String name = "L".repeat(TextLimits.NAME + 1);
        assertThat(FieldErrorCodes.of(() -> new School(ID, name, null, SchoolPhase.PRIMARY)))
                .containsExactly("name:too_long");
    }

    @Test
    void schoolPhase_codes_roundTrip() {
        for (SchoolPhase phase : SchoolPhase.values()) {
            assertThat(SchoolPhase.fromCode(phase.code())).contains(phase);
        }
        assertThat(SchoolPhase.fromCode("PRIMARY")).isEmpty();
    }

    @Test
    void schoolPhase_earlyYears_onlyForNurseriesAndAllThrough() {
        assertThat(SchoolPhase.NURSERY.hasEarlyYears()).isTrue();
        assertThat(SchoolPhase.ALL_THROUGH.hasEarlyYears()).isTrue();
        assertThat(SchoolPhase.SECONDARY.hasEarlyYears()).isFalse();
    }
}
