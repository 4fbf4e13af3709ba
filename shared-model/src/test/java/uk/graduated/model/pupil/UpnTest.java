package uk.graduated.model.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.school.FieldErrorCodes;

class UpnTest {
    /** python-stdnum's documented valid UPN, an independent implementation of the same rule. */
    @Test
    void upn_fromAnIndependentImplementation_isAccepted() {
        assertThat(Upn.checkLetter("801200005001")).isEqualTo('B');
        assertThat(Upn.parse("B801200005001").localAuthorityNumber()).isEqualTo("801");
    }

    /**
     * MIS support pages (census error 1510) correct B207000016049 to "Q", but their own products,
     * 2x2 + 4x7 + 9x1 + 10x6 + 12x4 + 13x9, sum to 266, not the 267 they print: 266 mod 23 = 13, P.
     */
    @Test
    void checkLetter_followsTheRule_notAWidelyCopiedArithmeticSlip() {
        assertThat(Upn.checkLetter("207000016049")).isEqualTo('P');
        assertThat(Upn.parse("P207000016049").value()).isEqualTo("P207000016049");
    }

    @Test
    void upn_withWrongCheckLetter_isRejected() {
        assertThat(FieldErrorCodes.of(() -> Upn.parse("Q207000016049"))).containsExactly("upn:invalid_check_letter");
        assertThat(FieldErrorCodes.of(() -> Upn.parse("A801200005001"))).containsExactly("upn:invalid_check_letter");
    }

    @Test
    void upn_typedInLowerCaseWithSpaces_isNormalised() {
        assertThat(Upn.parse("  p207000016049 ").value()).isEqualTo("P207000016049");
    }

    @Test
    void upn_inLowerCase_isRefusedByTheCanonicalConstructor() {
        assertThat(FieldErrorCodes.of(() -> new Upn("p207000016049"))).containsExactly("upn:invalid_format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q20700001604", "Q2070000160490", "Q"})
    void upn_ofWrongLength_isRejected(String raw) {
        assertThat(FieldErrorCodes.of(() -> Upn.parse(raw))).containsExactly("upn:invalid_length");
    }

    @Test
    void upn_missing_isRequired() {
        assertThat(FieldErrorCodes.of(() -> Upn.parse(null))).containsExactly("upn:required");
        assertThat(FieldErrorCodes.of(() -> Upn.parse("   "))).containsExactly("upn:required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Q2070000A6049", // a letter in the middle
        "Q20700001604I", // I is never a final letter
        "Q20700001604O",
        "Q20700001604S",
        "Q20700001604-",
        "1207000016049", // first character must be a letter
        "I207000016049", // I is never a check letter
    })
    void upn_withBadCharacters_isRejectedAsFormat(String raw) {
        assertThat(FieldErrorCodes.of(() -> Upn.parse(raw))).containsExactly("upn:invalid_format");
    }

    @Test
    void upn_withBadFirstAndMiddleCharacters_reportsBoth() {
        assertThat(FieldErrorCodes.of(() -> Upn.parse("12070000A6049")))
                .containsExactly("upn:invalid_format", "upn:invalid_format");
    }

    @Test
    void upn_withNonAsciiDigits_isRejected() {
        String arabicIndicFive = "\u0665";
        assertThat(FieldErrorCodes.of(() -> Upn.parse("Q20700001604" + arabicIndicFive)))
                .containsExactly("upn:invalid_format");
    }

    @Test
    void temporaryUpn_countsItsFinalLetterByItsPlaceInTheAlphabet() {
        // 99910122600 then A (value 0): 9*2+9*3+9*4+1*5+0*6+1*7+2*8+2*9+6*10 = 187; 187 mod 23 = 3, D.
        assertThat(Upn.checkLetter("99910122600A")).isEqualTo('D');
        // B is worth 1 at weight 13: 187 + 13 = 200; 200 mod 23 = 16, T.
        assertThat(Upn.checkLetter("99910122600B")).isEqualTo('T');

        Upn temporary = Upn.parse("D99910122600A");
        assertThat(temporary.isTemporary()).isTrue();
        assertThat(Upn.parse("P207000016049").isTemporary()).isFalse();
    }

    @Test
    void temporaryUpn_withWrongCheckLetter_isRejected() {
        assertThat(FieldErrorCodes.of(() -> Upn.parse("E99910122600A"))).containsExactly("upn:invalid_check_letter");
    }

    @Test
    void upn_errors_nameTheFieldAskedFor() {
        assertThat(FieldErrorCodes.of(() -> Upn.parse("formerUpn", "Q207000016049")))
                .containsExactly("formerUpn:invalid_check_letter");
    }

    @Test
    void checkLetter_ofMalformedDigits_isAProgrammingError() {
        assertThatThrownBy(() -> Upn.checkLetter("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Upn.checkLetter("2070000160IA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void examplePupils_haveValidUpns() {
        assertThat(Upn.parse(RegisterExamples.POPPY_UPN.value())).isEqualTo(RegisterExamples.POPPY_UPN);
        assertThat(RegisterExamples.MILO_TEMPORARY_UPN.isTemporary()).isTrue();
        assertThat(RegisterExamples.MILO_TEMPORARY_UPN.toString()).hasSize(Upn.LENGTH);
    }
}
