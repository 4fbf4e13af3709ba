package uk.graduated.server.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentCodesTest {
    @Test
    void generate_makesEightCharactersFromTheAlphabetWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(EnrolmentCodes.generate());
        }

        assertThat(codes).hasSizeGreaterThan(990)
                .allMatch(code -> code.matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}"));
    }

    @Test
    void display_splitsTheCodeInTwoGroupsOfFour() {
        assertThat(EnrolmentCodes.display("ABCD2345")).isEqualTo("ABCD-2345");
    }

    @Test
    void normalise_ignoresCaseSpacesAndDashes() {
        assertThat(EnrolmentCodes.normalise(" abcd - 2345 ")).isEqualTo("ABCD2345");
        assertThat(EnrolmentCodes.normalise("AB\tCD-23\n45")).isEqualTo("ABCD2345");
    }
}
