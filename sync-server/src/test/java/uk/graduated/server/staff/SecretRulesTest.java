package uk.graduated.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.validation.ValidationException;

class SecretRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"4821", "73915", "290417", "0147"})
    void pin_ofFourToSixDigitsNotARun_isAccepted(String pin) {
        assertThatCode(() -> SecretRules.checkPin("pin", pin)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"482", "4821739", "48a1", " 4821", "", "٤٨٢١"})
    void pin_notFourToSixAsciiDigits_isRejectedAsInvalidFormat(String pin) {
        assertThatThrownBy(() -> SecretRules.checkPin("pin", pin))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("invalid_format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "1234", "9876", "123456", "55555", "3210"})
    void pin_repeatedDigitOrStraightRun_isRejectedAsTooWeak(String pin) {
        assertThatThrownBy(() -> SecretRules.checkPin("pin", pin))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("too_weak"));
    }

    @Test
    void password_shorterThanTwelveCharacters_isRejected() {
        assertThatThrownBy(() -> SecretRules.checkPassword("password", "short-pass1"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least 12");
    }

    @Test
    void password_ofTwelveCharacters_isAccepted() {
        assertThatCode(() -> SecretRules.checkPassword("password", "twelve-chars")).doesNotThrowAnyException();
    }
}
