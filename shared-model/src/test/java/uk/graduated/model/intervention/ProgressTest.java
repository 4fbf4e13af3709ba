package uk.graduated.model.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.intervention.ProvisionExamples.errorsPerMinute;
import static uk.graduated.model.intervention.ProvisionExamples.membership;
import static uk.graduated.model.intervention.ProvisionExamples.readingAge;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final LocalDate EXIT_DAY = TERM_START.plusWeeks(10);

    @Test
    void readingAge_higherIsBetter_progressIsExitMinusEntry() {
        GroupMembership member = membership().entry("84", TERM_START).exit("90", EXIT_DAY).build();

        assertThat(Progress.of(readingAge(), member)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("6"));
    }

    @Test
    void readingAge_thatFell_givesNegativeProgress() {
        GroupMembership member = membership().entry("84", TERM_START).exit("81", EXIT_DAY).build();

        assertThat(Progress.of(readingAge(), member)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("-3"));
    }

    @Test
    void errorsPerMinute_lowerIsBetter_fewerErrorsIsPositiveProgress() {
        GroupMembership member = membership().entry("12", TERM_START).exit("5", EXIT_DAY).build();

        assertThat(Progress.of(errorsPerMinute(), member))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("7"));
    }

    @Test
    void errorsPerMinute_moreErrorsOnExit_isNegativeProgress() {
        GroupMembership member = membership().entry("5", TERM_START).exit("12", EXIT_DAY).build();

        assertThat(Progress.of(errorsPerMinute(), member))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("-7"));
    }

    @Test
    void sameScore_isZeroProgress_whicheverWayIsBetter() {
        GroupMembership member = membership().entry("7.5", TERM_START).exit("7.5", EXIT_DAY).build();

        assertThat(Progress.of(readingAge(), member)).hasValueSatisfying(p -> assertThat(p).isZero());
        assertThat(Progress.of(errorsPerMinute(), member)).hasValueSatisfying(p -> assertThat(p).isZero());
    }

    @Test
    void decimalScores_keepTheirPrecision() {
        GroupMembership member = membership().entry("95.5", TERM_START).exit("101.25", EXIT_DAY).build();

        assertThat(Progress.of(readingAge(), member))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("5.75"));
    }

    @Test
    void noExitScore_yet_meansNoProgress() {
        GroupMembership member = membership().exit(null).build();

        assertThat(Progress.of(readingAge(), member)).isEmpty();
    }

    @Test
    void noScores_atAll_meansNoProgress() {
        GroupMembership member = membership().entry(null).exit(null).build();

        assertThat(Progress.of(errorsPerMinute(), member)).isEmpty();
    }

    @Test
    void perHour_dividesByTheHoursDelivered() {
        assertThat(Progress.perHour(new BigDecimal("6"), 15 * 60))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.40"));
    }

    @Test
    void perHour_roundsHalfUpToTwoPlaces() {
        // 1 over 8 hours is 0.125: half up gives 0.13 where half even would give 0.12.
        assertThat(Progress.perHour(BigDecimal.ONE, 8 * 60)).contains(new BigDecimal("0.13"));
        assertThat(Progress.perHour(BigDecimal.ONE.negate(), 8 * 60)).contains(new BigDecimal("-0.13"));
    }

    @Test
    void perHour_withNoTimeDelivered_isEmpty() {
        assertThat(Progress.perHour(new BigDecimal("6"), 0)).isEmpty();
    }

    @Test
    void perHour_withNegativeTime_isAProgrammingError() {
        assertThatThrownBy(() -> Progress.perHour(BigDecimal.ONE, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perHundredPounds_dividesByTheSpendInHundredsOfPounds() {
        // 6 months for GBP 397.50 is 1.509 months per GBP 100.
        assertThat(Progress.perHundredPounds(new BigDecimal("6"), 39_750)).contains(new BigDecimal("1.51"));
        assertThat(Progress.perHundredPounds(new BigDecimal("6"), 10_000)).contains(new BigDecimal("6.00"));
    }

    @Test
    void perHundredPounds_withNothingSpent_isEmpty() {
        assertThat(Progress.perHundredPounds(new BigDecimal("6"), 0)).isEmpty();
    }

    @Test
    void perHundredPounds_withNegativeCost_isAProgrammingError() {
        assertThatThrownBy(() -> Progress.perHundredPounds(BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
