package uk.graduated.model.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearGroupTest {
    @Test
    void yearGroup_codes_areTheCensusValues() {
        assertThat(YearGroup.N1.code()).isEqualTo("N1");
        assertThat(YearGroup.R.code()).isEqualTo("R");
        assertThat(YearGroup.Y1.code()).isEqualTo("1");
        assertThat(YearGroup.Y13.code()).isEqualTo("13");
        for (YearGroup y : YearGroup.values()) {
            assertThat(YearGroup.fromCode(y.code())).contains(y);
        }
    }

    @Test
    void yearGroup_fromUnknownCode_isEmpty() {
        assertThat(YearGroup.fromCode("Y1")).isEmpty();
        assertThat(YearGroup.fromCode("14")).isEmpty();
        assertThat(YearGroup.fromCode("r")).isEmpty();
    }

    @Test
    void earlyYears_areNurseryAndReception() {
        assertThat(YearGroup.N1.isEarlyYears()).isTrue();
        assertThat(YearGroup.N2.isEarlyYears()).isTrue();
        assertThat(YearGroup.R.isEarlyYears()).isTrue();
        assertThat(YearGroup.Y1.isEarlyYears()).isFalse();
        assertThat(YearGroup.Y4.label()).isEqualTo("Year 4");
    }
}
