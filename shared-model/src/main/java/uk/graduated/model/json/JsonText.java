package uk.graduated.model.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes Gson trees as JSON text. Strict: a NaN or infinite number is refused with an
 * {@link IllegalArgumentException} rather than written as text no other parser accepts.
 * Nulls inside objects are written, because in a mutation a null means "clear this field".
 */
public final class JsonText {
    private JsonText() {
    }

    /** One line, no spaces: the form sent over the wire. */
    public static String compact(JsonElement element) {
        return write(element, "");
    }

    /** Indented by two spaces: the form of the golden fixtures and the documentation. */
    public static String pretty(JsonElement element) {
        return write(element, "  ");
    }

    private static String write(JsonElement element, String indent) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = new JsonWriter(out)) {
            writer.setStrictness(Strictness.STRICT);
            writer.setSerializeNulls(true);
            writer.setHtmlSafe(false);
            writer.setIndent(indent);
            write(writer, element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonWriter writer, JsonElement element) throws IOException {
        if (element.isJsonNull()) {
            writer.nullValue();
        } else if (element.isJsonPrimitive()) {
            JsonPrimitive primitive = element.getAsJsonPrimitive();
            if (primitive.isNumber()) {
                writer.value(primitive.getAsNumber());
            } else if (primitive.isBoolean()) {
                writer.value(primitive.getAsBoolean());
            } else {
                writer.value(primitive.getAsString());
            }
        } else if (element.isJsonArray()) {
            writer.beginArray();
            for (JsonElement item : element.getAsJsonArray()) {
                write(writer, item);
            }
            writer.endArray();
        } else {
            writer.beginObject();
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                writer.name(entry.getKey());
                write(writer, entry.getValue());
            }
            writer.endObject();
        }
    }
}
