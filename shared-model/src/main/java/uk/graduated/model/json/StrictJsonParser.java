package uk.graduated.model.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import uk.graduated.model.validation.ValidationException;

/**
 * Builds a Gson tree from text that is exactly one RFC 8259 JSON value.
 *
 * <p>Gson's own {@code JsonParser} keeps the last of two duplicate keys silently and yields lazily
 * parsed numbers whose {@code hashCode} disagrees with {@code equals}. This parser refuses duplicate
 * keys (two readers of one body must never disagree about it) and turns every number into a
 * {@link BigDecimal}, so trees compare and hash consistently.
 */
final class StrictJsonParser {
    static final int MAX_DEPTH = 64;

    private final JsonReader reader;
    private int depth;

    private StrictJsonParser(String text) {
        reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
    }

    /** Parses text that must be one JSON object; see {@link JsonFields#parseObject(String)}. */
    static JsonObject parseObject(String json) {
        if (json == null || json.isBlank()) {
            throw ValidationException.of(JsonFields.ROOT, JsonFields.INVALID_JSON,
                    "the body is empty; it must be a JSON object");
        }
        JsonElement element;
        try {
            element = parse(json);
        } catch (MalformedJson e) {
            throw ValidationException.of(JsonFields.ROOT, JsonFields.INVALID_JSON,
                    "the body cannot be read: " + e.getMessage());
        }
        if (!element.isJsonObject()) {
            throw ValidationException.of(JsonFields.ROOT, JsonFields.INVALID_JSON, "the body must be a JSON object");
        }
        return element.getAsJsonObject();
    }

    /** Parses {@code text}; throws {@link MalformedJson} naming the JSON path where reading stopped. */
    static JsonElement parse(String text) {
        StrictJsonParser parser = new StrictJsonParser(text);
        try {
            JsonElement value = parser.readValue();
            if (parser.reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJson("there is more than one JSON value", parser.reader.getPath());
            }
            return value;
        } catch (NumberFormatException e) {
            throw new MalformedJson("a number is too large", parser.reader.getPath());
        } catch (IOException | IllegalStateException e) {
            throw new MalformedJson("it is not valid JSON", parser.reader.getPath());
        }
    }

    private JsonElement readValue() throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                return readObject();
            case BEGIN_ARRAY:
                return readArray();
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new MalformedJson("it is not valid JSON", reader.getPath());
        }
    }

    private JsonObject readObject() throws IOException {
        enter();
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (object.has(name)) {
                throw new MalformedJson("the key \"" + name + "\" appears twice", reader.getPath());
            }
            object.add(name, readValue());
        }
        reader.endObject();
        depth--;
        return object;
    }

    private JsonArray readArray() throws IOException {
        enter();
        JsonArray array = new JsonArray();
        reader.beginArray();
        while (reader.hasNext()) {
            array.add(readValue());
        }
        reader.endArray();
        depth--;
        return array;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new MalformedJson("it is nested more than " + MAX_DEPTH + " levels deep", reader.getPath());
        }
    }

    /** Why text could not be read, and where: "it is not valid JSON (near $.mutations[2])". */
    static final class MalformedJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedJson(String reason, String jsonPath) {
            super(reason + " (near " + jsonPath + ")", null, false, false);
        }
    }
}
