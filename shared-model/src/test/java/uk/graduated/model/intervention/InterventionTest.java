package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.SECOND_TA_ID;
import static uk.graduated.model.intervention.ProvisionExamples.TA_ID;
import static uk.graduated.model.intervention.ProvisionExamples.intervention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.school.FieldErrorCodes;

class InterventionTest {

    @Test
    void example_isValid() {
        Intervention intervention = intervention().build();

        assertThat(intervention.leadStaffIds()).containsExactly(TA_ID);
        assertThat(intervention.status()).isEqualTo(InterventionStatus.RUNNING);
    }

    @Test
    void everyMissingField_isReportedAtOnce() {
        List<String> errors = FieldErrorCodes.of(() -> new Intervention(null, null, " ", null, null, null, null, null,
                null, 0, null));

        assertThat(errors).containsExactlyInAnyOrder("id:required", "schoolId:required", "name:required",
                "areaOfNeed:required", "intendedOutcome:required", "assessment:required", "schedule:required",
                "costs:required", "maxGroupSize:out_of_range", "status:required", "leadStaffIds:required");
    }

    @Test
    void name_ofOneHundredCharacters_isAccepted() {
        assertThat(intervention().name("n".repeat(100)).build().name()).hasSize(100);
    }

    @Test
    void name_longerThanOneHundredCharacters_isTooLong() {
        assertThat(FieldErrorCodes.of(() -> intervention().name("n".repeat(101)).build())).containsExactly("name:too_long");
    }

    @Test
    void intendedOutcome_longerThanAThousandCharacters_isTooLong() {
        assertThat(FieldErrorCodes.of(() -> intervention().intendedOutcome("o".repeat(1_001)).build()))
                .containsExactly("intendedOutcome:too_long");
    }

    @Test
    void leadStaff_none_isAllowedWhilePlanned() {
        Intervention planned = intervention().status(InterventionStatus.PLANNED).leadStaffIds(List.of()).build();

        assertThat(planned.leadStaffIds()).isEmpty();
    }

    @Test
    void leadStaff_none_isRejectedOnceRunning() {
        assertThat(FieldErrorCodes.of(() -> intervention().leadStaffIds(List.of()).build()))
                .containsExactly("leadStaffIds:required");
    }

    @Test
    void leadStaff_listedTwice_isADuplicate() {
        assertThat(FieldErrorCodes.of(() -> intervention().leadStaffIds(List.of(TA_ID, SECOND_TA_ID, TA_ID)).build()))
                .containsExactly("leadStaffIds[2]:duplicate");
    }

    @Test
    void leadStaff_withAnEmptyEntry_namesTheEntry() {
        assertThat(FieldErrorCodes.of(() -> intervention().leadStaffIds(Arrays.asList(TA_ID, null)).build()))
                .containsExactly("leadStaffIds[1]:required");
    }

    @Test
    void leadStaff_moreThanFive_isTooMany() {
        List<UUID> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(UUID.randomUUID());
        }

        assertThat(FieldErrorCodes.of(() -> intervention().leadStaffIds(six).build())).containsExactly("leadStaffIds:too_many");
    }

    @Test
    void leadStaff_changedByTheCallerAfterwards_doNotChangeTheIntervention() {
        List<UUID> staff = new ArrayList<>(List.of(TA_ID));
        Intervention intervention = intervention().leadStaffIds(staff).build();

        staff.add(SECOND_TA_ID);

        assertThat(intervention.leadStaffIds()).containsExactly(TA_ID);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30})
    void maxGroupSize_atTheLimits_isAccepted(int size) {
        assertThat(intervention().maxGroupSize(size).build().maxGroupSize()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 31})
    void maxGroupSize_outsideOneToThirty_isRejected(int size) {
        assertThat(FieldErrorCodes.of(() -> intervention().maxGroupSize(size).build()))
                .containsExactly("maxGroupSize:out_of_range");
    }

    @Test
    void status_lookup_acceptsOnlyTheWireCodes() {
        assertThat(InterventionStatus.fromCode("ended")).contains(InterventionStatus.ENDED);
        assertThat(InterventionStatus.fromCode("ENDED")).isEmpty();
        assertThat(InterventionStatus.allowedCodes()).isEqualTo("planned, running, ended");
    }
}
