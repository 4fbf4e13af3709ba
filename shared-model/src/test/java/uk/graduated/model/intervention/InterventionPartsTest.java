package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.school.FieldErrorCodes;

/** The small value types an intervention is built from: assessment, costs and score. */
class InterventionPartsTest {

    @Test
    void assessment_withBlankNameAndUnit_reportsBoth() {
        assertThat(FieldErrorCodes.of(() -> new Assessment("", "  ", true)))
                .containsExactlyInAnyOrder("name:required", "unit:required");
    }

    @Test
    void assessment_unitLongerThanALabel_isTooLong() {
        assertThat(FieldErrorCodes.of(() -> new Assessment("Reading check", "u".repeat(101), true)))
                .containsExactly("unit:too_long");
    }

    @Test
    void costs_ofZero_areAccepted_forAVolunteerWithNoResources() {
        assertThat(new Costs(0, 0)).isEqualTo(new Costs(0, 0));
    }

    @Test
    void costs_negative_areRejected() {
        assertThat(FieldErrorCodes.of(() -> new Costs(-1, -1)))
                .containsExactlyInAnyOrder("staffHourlyCostPence:out_of_range", "resourcesCostPence:out_of_range");
    }

    @Test
    void costs_aboveTheLimits_areRejected() {
        assertThat(FieldErrorCodes.of(() -> new Costs(Costs.MAX_STAFF_HOURLY_COST_PENCE + 1,
                Costs.MAX_RESOURCES_COST_PENCE + 1)))
                .containsExactlyInAnyOrder("staffHourlyCostPence:out_of_range", "resourcesCostPence:out_of_range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-12", "101.25", "12.50", "1000000", "-1000000"})
    void score_withinRange_andTwoDecimalPlaces_isAccepted(String value) {
        assertThat(Score.of(value, TERM_START).value()).isEqualByComparingTo(value);
    }

    @Test
    void score_trailingZerosBeyondTwoPlaces_areNotTooPrecise() {
        assertThat(Score.of("12.5000", TERM_START).value()).isEqualByComparingTo("12.5");
    }

    @Test
    void score_withThreeDecimalPlaces_isTooPrecise() {
        assertThat(FieldErrorCodes.of(() -> Score.of("12.125", TERM_START))).containsExactly("value:too_precise");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000.01", "-1000001", "1E+9"})
    void score_beyondAMillion_isOutOfRange(String value) {
        assertThat(FieldErrorCodes.of(() -> Score.of(value, TERM_START))).containsExactly("value:out_of_range");
    }

    @Test
    void score_withoutValueOrDate_reportsBoth() {
        assertThat(FieldErrorCodes.of(() -> new Score(null, null)))
                .containsExactlyInAnyOrder("value:required", "takenOn:required");
    }
}
