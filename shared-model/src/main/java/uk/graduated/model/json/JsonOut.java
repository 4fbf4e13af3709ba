package uk.graduated.model.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Builds one JSON object in the wire formats {@link JsonFields} reads, so a writer is one chain of
 * {@code put} calls. A Java {@code null} is skipped (the key is left out); {@link #putNull} writes
 * an explicit JSON null. Whole numbers are stored as {@link BigDecimal} like parsed ones, so a built
 * tree equals, and hashes like, the same tree parsed back.
 */
public final class JsonOut {
    private final JsonObject object = new JsonObject();

    public JsonOut put(String name, String value) {
        return value == null ? this : add(name, new JsonPrimitive(value));
    }

    public JsonOut put(String name, Integer value) {
        return value == null ? this : add(name, number(value));
    }

    public JsonOut put(String name, Long value) {
        return value == null ? this : add(name, number(value));
    }

    public JsonOut put(String name, Boolean value) {
        return value == null ? this : add(name, new JsonPrimitive(value));
    }

    /** Decimals are written as strings in plain notation ({@code "12.50"}), keeping their scale. */
    public JsonOut put(String name, BigDecimal value) {
        return value == null ? this : add(name, new JsonPrimitive(value.toPlainString()));
    }

    public JsonOut put(String name, UUID value) {
        return value == null ? this : add(name, new JsonPrimitive(value.toString()));
    }

    public JsonOut put(String name, LocalDate value) {
        return value == null ? this : add(name, new JsonPrimitive(value.toString()));
    }

    public JsonOut put(String name, Instant value) {
        return value == null ? this : add(name, new JsonPrimitive(value.toString()));
    }

    public JsonOut put(String name, LocalTime value) {
        return value == null ? this : add(name, new JsonPrimitive(value.toString()));
    }

    /** Writes a deep copy of {@code value}; a {@link JsonNull} is written, a Java null skipped. */
    public JsonOut put(String name, JsonElement value) {
        return value == null ? this : add(name, value.deepCopy());
    }

    public JsonOut put(String name, JsonOut nested) {
        return nested == null ? this : add(name, nested.build());
    }

    /** Writes a code, typically an enum's stable code: {@code putCode("status", s, Status::code)}. */
    public <T> JsonOut putCode(String name, T value, Function<T, String> code) {
        return value == null ? this : put(name, code.apply(value));
    }

    public JsonOut putNull(String name) {
        return add(name, JsonNull.INSTANCE);
    }

    /** Writes a string list; an empty list is written as {@code []}. */
    public JsonOut putStrings(String name, List<String> values) {
        return putList(name, values, JsonPrimitive::new);
    }

    /** Writes a list, each item converted by {@code toJson}; an empty list is written as {@code []}. */
    public <T> JsonOut putList(String name, List<T> values, Function<T, JsonElement> toJson) {
        if (values == null) {
            return this;
        }
        JsonArray array = new JsonArray(values.size());
        for (T value : values) {
            array.add(toJson.apply(value));
        }
        return add(name, array);
    }

    /** A copy of the object built so far. */
    public JsonObject build() {
        return object.deepCopy();
    }

    /** The object built so far, as compact JSON text. */
    public String toJson() {
        return JsonText.compact(object);
    }

    /** A whole number as this package writes it. */
    public static JsonPrimitive number(long value) {
        return new JsonPrimitive(BigDecimal.valueOf(value));
    }

    private JsonOut add(String name, JsonElement value) {
        object.add(name, value);
        return this;
    }
}
