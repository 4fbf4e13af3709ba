package uk.graduated.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.FieldError;

class JsonFieldsTest {

    private static JsonFields fields(String json) {
        return JsonFields.parse(json);
    }

    private static List<FieldError> errors(JsonFields fields) {
        return fields.violations().list();
    }

    @Test
    void presentValues_ofEveryType_areRead() {
        JsonFields f = fields("{\"s\":\"text\",\"i\":30,\"l\":9007199254740993,\"b\":true,\"d\":\"12.50\","
                + "\"u\":\"0B6F3C7E-2D4A-4C1B-9E8F-5A6B7C8D9E0F\",\"date\":\"2026-11-23\","
                + "\"at\":\"2026-11-23T09:15:00.250Z\",\"t\":\"09:15\",\"tags\":[\"a\",\"b\"]}");

        assertThat(f.requiredString("s")).isEqualTo("text");
        assertThat(f.requiredInt("i")).isEqualTo(30);
        assertThat(f.requiredLong("l")).isEqualTo(9007199254740993L);
        assertThat(f.requiredBoolean("b")).isTrue();
        assertThat(f.requiredDecimal("d")).isEqualTo(new BigDecimal("12.50"));
        assertThat(f.requiredUuid("u")).isEqualTo(UUID.fromString("0b6f3c7e-2d4a-4c1b-9e8f-5a6b7c8d9e0f"));
        assertThat(f.requiredDate("date")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(f.requiredInstant("at")).isEqualTo(Instant.parse("2026-11-23T09:15:00.250Z"));
        assertThat(f.optionalTime("t")).isEqualTo(LocalTime.of(9, 15));
        assertThat(f.stringList("tags")).containsExactly("a", "b");
        assertThat(errors(f)).isEmpty();
    }

    @Test
    void missingRequiredFields_areAllReported_withNeutralValues() {
        JsonFields f = fields("{}");

        assertThat(f.requiredString("s")).isNull();
        assertThat(f.requiredInt("i")).isZero();
        assertThat(f.requiredLong("l")).isZero();
        assertThat(f.requiredBoolean("b")).isFalse();
        assertThat(f.requiredDecimal("d")).isNull();
        assertThat(f.requiredUuid("u")).isNull();
        assertThat(f.requiredDate("date")).isNull();
        assertThat(f.requiredInstant("at")).isNull();
        assertThat(f.requiredTime("t")).isNull();
        assertThat(f.requiredObject("o")).isNull();

        assertThat(errors(f)).extracting(FieldError::field)
                .containsExactly("s", "i", "l", "b", "d", "u", "date", "at", "t", "o");
        assertThat(errors(f)).allSatisfy(e -> {
            assertThat(e.code()).isEqualTo("required");
            assertThat(e.message()).isEqualTo(e.field() + " is required");
        });
    }

    @Test
    void jsonNull_countsAsAbsent() {
        JsonFields f = fields("{\"s\":null,\"i\":null,\"b\":null,\"list\":null}");

        assertThat(f.optionalString("s")).isNull();
        assertThat(f.optionalInt("i")).isNull();
        assertThat(f.optionalBoolean("b", true)).isTrue();
        assertThat(f.stringList("list")).isEmpty();
        assertThat(f.has("s")).isFalse();
        assertThat(errors(f)).isEmpty();

        f.requiredString("s");
        assertThat(errors(f)).containsExactly(new FieldError("s", "required", "s is required"));
    }

    @Test
    void optionalValues_whenAbsent_areNullOrDefault() {
        JsonFields f = fields("{}");

        assertThat(f.optionalString("s")).isNull();
        assertThat(f.optionalInt("i")).isNull();
        assertThat(f.optionalLong("l")).isNull();
        assertThat(f.optionalBoolean("b", false)).isFalse();
        assertThat(f.optionalDecimal("d")).isNull();
        assertThat(f.optionalUuid("u")).isNull();
        assertThat(f.optionalDate("date")).isNull();
        assertThat(f.optionalInstant("at")).isNull();
        assertThat(f.optionalTime("t")).isNull();
        assertThat(f.optionalObject("o")).isNull();
        assertThat((Object) f.optionalCode("c", Optional::of, "x")).isNull();
        assertThat(errors(f)).isEmpty();
    }

    @Test
    void blankRequiredString_isRequiredError() {
        JsonFields f = fields("{\"name\":\"   \"}");

        assertThat(f.requiredString("name")).isNull();
        assertThat(errors(f)).containsExactly(new FieldError("name", "required", "name is required"));
    }

    @Test
    void numberWhereStringExpected_isWrongType() {
        JsonFields f = fields("{\"name\":42}");

        f.requiredString("name");

        assertThat(errors(f)).containsExactly(new FieldError("name", "wrong_type", "name must be a string"));
    }

    @Test
    void stringWhereWholeNumberExpected_isWrongType() {
        JsonFields f = fields("{\"minutes\":\"30\"}");

        assertThat(f.requiredInt("minutes")).isZero();
        assertThat(errors(f)).containsExactly(
                new FieldError("minutes", "wrong_type", "minutes must be a whole number"));
    }

    @Test
    void fractionalNumber_isNotAWholeNumber() {
        JsonFields f = fields("{\"minutes\":30.5,\"version\":0.1}");

        f.requiredInt("minutes");
        f.optionalLong("version");

        assertThat(errors(f)).extracting(FieldError::code).containsExactly("wrong_type", "wrong_type");
    }

    @Test
    void wholeValuedNumbers_inAnyNotation_areAccepted() {
        JsonFields f = fields("{\"a\":30.0,\"b\":3e1,\"c\":-0,\"d\":3000E-2}");

        assertThat(List.of(f.requiredInt("a"), f.requiredInt("b"), f.requiredInt("c"), f.requiredInt("d")))
                .containsExactly(30, 30, 0, 30);
        assertThat(errors(f)).isEmpty();
    }

    @Test
    void numbersBeyondTheRange_areOutOfRange() {
        JsonFields f = fields("{\"i\":2147483648,\"l\":9223372036854775808,\"huge\":1e999999999,"
                + "\"tiny\":-1e400,\"long\":" + "9".repeat(500) + "}");

        f.requiredInt("i");
        f.requiredLong("l");
        f.requiredLong("huge");
        f.requiredInt("tiny");
        f.requiredLong("long");

        assertThat(errors(f)).extracting(FieldError::code).containsOnly("out_of_range").hasSize(5);
        assertThat(errors(f).get(0).message())
                .isEqualTo("i must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void boundaryNumbers_areAccepted() {
        JsonFields f = fields("{\"i\":-2147483648,\"l\":9223372036854775807}");

        assertThat(f.requiredInt("i")).isEqualTo(Integer.MIN_VALUE);
        assertThat(f.requiredLong("l")).isEqualTo(Long.MAX_VALUE);
        assertThat(errors(f)).isEmpty();
    }

    @Test
    void nanPutIntoATreeByCode_isNotAWholeNumber() {
        JsonObject object = new JsonObject();
        object.add("minutes", new JsonPrimitive(Double.NaN));
        object.add("count", new JsonPrimitive(Double.POSITIVE_INFINITY));
        JsonFields f = new JsonFields(object, "");

        f.optionalInt("minutes");
        f.optionalLong("count");

        assertThat(errors(f)).extracting(FieldError::code).containsExactly("wrong_type", "wrong_type");
    }

    @Test
    void booleanAsString_isWrongType() {
        JsonFields f = fields("{\"attended\":\"true\",\"flag\":1}");

        f.requiredBoolean("attended");
        f.optionalBoolean("flag", false);

        assertThat(errors(f)).containsExactly(
                new FieldError("attended", "wrong_type", "attended must be true or false"),
                new FieldError("flag", "wrong_type", "flag must be true or false"));
    }

    @Test
    void decimal_mustBeAPlainDecimalString() {
        JsonFields f = fields("{\"a\":12.5,\"b\":\"1e3\",\"c\":\"12.\",\"d\":\"012\",\"e\":\"-0.75\"}");

        f.requiredDecimal("a");
        f.requiredDecimal("b");
        f.requiredDecimal("c");
        f.requiredDecimal("d");
        assertThat(f.requiredDecimal("e")).isEqualTo(new BigDecimal("-0.75"));

        assertThat(errors(f)).extracting(FieldError::code)
                .containsExactly("wrong_type", "invalid_format", "invalid_format", "invalid_format");
        assertThat(errors(f).get(0).message()).isEqualTo("a must be a decimal number written as a string, such as \"12.50\"");
    }

    @Test
    void malformedUuid_isInvalidFormat() {
        JsonFields f = fields("{\"a\":\"1-1-1-1-1\",\"b\":\"not-a-uuid\",\"c\":7}");

        f.requiredUuid("a");
        f.requiredUuid("b");
        f.requiredUuid("c");

        assertThat(errors(f)).extracting(FieldError::code).containsExactly("invalid_format", "invalid_format", "wrong_type");
    }

    @Test
    void impossibleOrNonIsoDates_areInvalidFormat() {
        JsonFields f = fields("{\"a\":\"2026-02-30\",\"b\":\"23/11/2026\",\"c\":\"+12026-11-23\",\"d\":20261123}");

        f.requiredDate("a");
        f.requiredDate("b");
        f.requiredDate("c");
        f.requiredDate("d");

        assertThat(errors(f)).extracting(FieldError::code)
                .containsExactly("invalid_format", "invalid_format", "invalid_format", "wrong_type");
        assertThat(errors(f).get(0).message()).isEqualTo("a must be an ISO-8601 date such as 2026-11-23");
    }

    @Test
    void instantWithOffsetOrWithoutZone_isInvalidFormat() {
        JsonFields f = fields("{\"a\":\"2026-11-23T09:15:00+01:00\",\"b\":\"2026-11-23T09:15:00\","
                + "\"c\":\"2026-11-23T25:15:00Z\",\"observedAt\":\"yesterday\"}");

        f.requiredInstant("a");
        f.requiredInstant("b");
        f.requiredInstant("c");
        f.requiredInstant("observedAt");

        assertThat(errors(f)).extracting(FieldError::code).containsOnly("invalid_format").hasSize(4);
        assertThat(errors(f).get(3).message())
                .isEqualTo("observedAt must be an ISO-8601 instant such as 2026-11-23T09:15:00Z");
    }

    @Test
    void times_withOrWithoutSeconds_areRead_andNonsenseRefused() {
        JsonFields f = fields("{\"a\":\"09:15:30\",\"b\":\"9:15\",\"c\":\"24:00\"}");

        assertThat(f.optionalTime("a")).isEqualTo(LocalTime.of(9, 15, 30));
        f.optionalTime("b");
        f.optionalTime("c");

        assertThat(errors(f)).extracting(FieldError::field).containsExactly("b", "c");
        assertThat(errors(f)).extracting(FieldError::code).containsOnly("invalid_format");
    }

    enum Provision {
        E, K, N;

        static Optional<Provision> fromCode(String code) {
            for (Provision p : values()) {
                if (p.name().equals(code)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    @Test
    void codes_areLookedUp_andUnknownOnesListTheAllowedValues() {
        JsonFields f = fields("{\"a\":\"K\",\"b\":\"X\",\"c\":3}");

        assertThat(f.requiredCode("a", Provision::fromCode, "E, K, N")).isEqualTo(Provision.K);
        assertThat(f.requiredCode("b", Provision::fromCode, "E, K, N")).isNull();
        f.optionalCode("c", Provision::fromCode, "E, K, N");

        assertThat(errors(f)).containsExactly(
                new FieldError("b", "invalid_value", "b must be one of: E, K, N"),
                new FieldError("c", "wrong_type", "c must be one of: E, K, N"));
    }
}
