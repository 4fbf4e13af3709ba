package uk.graduated.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonOutTest {
    private static final UUID ID = UUID.fromString("0B6F3C7E-2D4A-4C1B-9E8F-5A6B7C8D9E0F");

    @Test
    void everyType_isWrittenInTheWireFormat() {
        String json = new JsonOut()
                .put("s", "text")
                .put("i", 30)
                .put("l", 9007199254740993L)
                .put("b", true)
                .put("d", new BigDecimal("1.2E+3"))
                .put("u", ID)
                .put("date", LocalDate.of(2026, 11, 23))
                .put("at", Instant.parse("2026-11-23T09:15:00Z"))
                .put("t", LocalTime.of(9, 15))
                .putStrings("tags", List.of("a", "b"))
                .toJson();

        assertThat(json).isEqualTo("{\"s\":\"text\",\"i\":30,\"l\":9007199254740993,\"b\":true,\"d\":\"1200\","
                + "\"u\":\"0b6f3c7e-2d4a-4c1b-9e8f-5a6b7c8d9e0f\",\"date\":\"2026-11-23\","
                + "\"at\":\"2026-11-23T09:15:00Z\",\"t\":\"09:15\",\"tags\":[\"a\",\"b\"]}");
    }

    @Test
    void javaNulls_areSkipped_butPutNullWritesNull() {
        String json = new JsonOut()
                .put("s", (String) null)
                .put("i", (Integer) null)
                .put("u", (UUID) null)
                .put("e", (JsonObject) null)
                .putStrings("list", null)
                .putCode("c", null, String::valueOf)
                .putNull("cleared")
                .put("explicit", JsonNull.INSTANCE)
                .toJson();

        assertThat(json).isEqualTo("{\"cleared\":null,\"explicit\":null}");
    }

    @Test
    void writtenValues_readBackThroughJsonFields() {
        JsonObject built = new JsonOut()
                .put("i", 7).put("d", new BigDecimal("0.10")).put("u", ID)
                .put("at", Instant.parse("2026-11-23T09:15:00.5Z"))
                .putCode("code", Thread.State.NEW, s -> s.name().toLowerCase(java.util.Locale.ROOT))
                .put("nested", new JsonOut().put("x", 1L))
                .build();

        JsonFields read = JsonFields.parse(JsonText.compact(built));

        assertThat(read.requiredInt("i")).isEqualTo(7);
        assertThat(read.requiredDecimal("d")).isEqualTo(new BigDecimal("0.10"));
        assertThat(read.requiredUuid("u")).isEqualTo(ID);
        assertThat(read.requiredInstant("at")).isEqualTo(Instant.parse("2026-11-23T09:15:00.5Z"));
        assertThat(read.requiredString("code")).isEqualTo("new");
        assertThat(read.requiredObject("nested").requiredLong("x")).isEqualTo(1L);
        assertThat(read.object()).isEqualTo(built);
        assertThat(read.violations().isEmpty()).isTrue();
    }

    @Test
    void putList_convertsEachItem_andWritesEmptyLists() {
        String json = new JsonOut()
                .putList("n", List.of(1L, 2L), JsonOut::number)
                .putList("empty", List.<Long>of(), JsonOut::number)
                .toJson();

        assertThat(json).isEqualTo("{\"n\":[1,2],\"empty\":[]}");
    }

    @Test
    void build_returnsACopy() {
        JsonOut out = new JsonOut().put("a", new JsonArray());

        out.build().getAsJsonArray("a").add(1);

        assertThat(out.toJson()).isEqualTo("{\"a\":[]}");
    }

    @Test
    void pretty_indentsByTwoSpaces_andDoesNotEscapeHtml() {
        JsonObject object = new JsonOut().put("a", "<b>").put("n", new JsonOut().put("x", 1)).build();

        assertThat(JsonText.pretty(object)).isEqualTo("{\n  \"a\": \"<b>\",\n  \"n\": {\n    \"x\": 1\n  }\n}");
    }

    @Test
    void nonFiniteNumbers_areNotWritten() {
        JsonObject object = new JsonObject();
        object.add("x", new JsonPrimitive(Double.NaN));

        assertThatThrownBy(() -> JsonText.compact(object)).isInstanceOf(IllegalArgumentException.class);
    }
}
