package uk.graduated.model.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.graduated.model.validation.ValidationException;

class UpnPropertyTest {
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(11);
        Arbitrary<Character> last = Arbitraries.of(("0123456789" + Upn.ALPHABET).toCharArray());
        return Combinators.combine(digits, last).as((d, l) -> d + l);
    }

    @Property
    void upnBuiltWithItsCheckLetter_alwaysParses(@ForAll("bodies") String body) {
        Upn upn = Upn.withCheckLetter(body);
        assertThat(Upn.parse(upn.value())).isEqualTo(upn);
    }

    /** Weights 2..13 are below 23, a prime, so changing any one digit always changes the check letter. */
    @Property
    void changingOneDigit_isAlwaysCaught(@ForAll("bodies") String body, @ForAll @IntRange(min = 0, max = 10) int position,
                                         @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = Upn.withCheckLetter(body).value();
        char[] chars = valid.toCharArray();
        int index = position + 1;
        chars[index] = (char) ('0' + (chars[index] - '0' + shift) % 10);

        boolean rejected;
        try {
            Upn.parse(new String(chars));
            rejected = false;
        } catch (ValidationException e) {
            rejected = true;
        }
        assertThat(rejected).isTrue();
    }
}
