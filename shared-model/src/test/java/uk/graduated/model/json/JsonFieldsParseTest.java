package uk.graduated.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

class JsonFieldsParseTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "{", "{\"a\":}", "{\"a\":1,}", "{a:1}", "{'a':1}", "{\"a\":NaN}",
        "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":1} {}", "{\"a\":1}x", "[1]", "\"text\"", "42", "null",
        "{\"a\":\"tab\there\"}", "{\"a\":1,\"a\":2}", "{\"a\":1e99999999999}", "{\"a\":\"\\x\"}"})
    void malformedOrNonObjectBodies_areInvalidJson_onTheRoot(String body) {
        assertThatThrownBy(() -> JsonFields.parseObject(body))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    FieldError error = e.errors().get(0);
                    assertThat(error.field()).isEqualTo("$");
                    assertThat(error.code()).isEqualTo("invalid_json");
                    assertThat(error.message()).isNotBlank();
                });
    }

    @Test
    void duplicateKey_isNamedInTheMessage() {
        assertThatThrownBy(() -> JsonFields.parseObject("{\"n\":{\"minutes\":1,\"minutes\":2}}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
                        .contains("\"minutes\" appears twice"));
    }

    @Test
    void nestingDeeperThanTheLimit_isRefused_withoutOverflowingTheStack() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThatThrownBy(() -> JsonFields.parseObject(deep))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
                        .contains("nested more than 64 levels"));
    }

    @Test
    void nestingAtTheLimit_isAccepted() {
        String atLimit = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";

        assertThat(JsonFields.parseObject(atLimit).has("a")).isTrue();
    }

    @Test
    void numbers_areParsedAsBigDecimals_soTreesHashLikeTheyCompare() {
        var parsed = JsonFields.parseObject("{\"a\":30,\"b\":1.50}");

        assertThat(parsed.get("a")).isEqualTo(JsonOut.number(30));
        assertThat(parsed.get("a").hashCode()).isEqualTo(JsonOut.number(30).hashCode());
        assertThat(parsed.get("b")).isEqualTo(new JsonPrimitive(new BigDecimal("1.5")));
    }

    @Test
    void unicodeAndEscapes_survive() {
        var parsed = JsonFields.parseObject("{\"name\":\"Zo\\u00eb \\\"Z\\\" \\ud83d\\ude00\"}");

        assertThat(parsed.get("name").getAsString()).isEqualTo("Zoë \"Z\" \uD83D\uDE00");
    }
}
