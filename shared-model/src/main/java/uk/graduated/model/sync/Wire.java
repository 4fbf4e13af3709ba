package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.validation.FieldError;

/** Reading and writing steps the protocol's codecs share. */
final class Wire {
    private static final Set<String> FIELD_ERROR_FIELDS = Set.of("field", "code", "message");

    private Wire() {
    }

    /**
     * Reads the list {@code name} with {@code reader}, one element at a time. A list longer than
     * {@code max} is refused whole, unread, so an oversized body cannot produce an error per element.
     * Elements that fail are left out; their errors are recorded.
     */
    static <T> List<T> readList(JsonFields f, String name, int max, Function<JsonFields, T> reader) {
        if (f.listSize(name) > max) {
            f.addError(name, "too_many", name + " may hold at most " + max + " items");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (JsonFields element : f.objectList(name)) {
            T value = reader.apply(element);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static FieldError readFieldError(JsonFields f) {
        f.rejectUnknown(FIELD_ERROR_FIELDS);
        // The field of an error may be the empty string: a body can carry an empty key.
        if (!f.has("field")) {
            f.addError("field", JsonFields.REQUIRED, "field is required");
        }
        String field = f.optionalString("field");
        String code = f.requiredString("code");
        String message = f.requiredString("message");
        return f.build(() -> new FieldError(field, code, message));
    }

    static JsonObject writeFieldError(FieldError error) {
        return new JsonOut()
                .put("field", error.field())
                .put("code", error.code())
                .put("message", error.message())
                .build();
    }

    /*
     * The protocol writes every member of a message, null where there is no value, so a reader in
     * any language sees the whole shape; readers still accept a missing optional member as null.
     */

    static JsonOut putOrNull(JsonOut out, String name, String value) {
        return value == null ? out.putNull(name) : out.put(name, value);
    }

    static JsonOut putOrNull(JsonOut out, String name, Long value) {
        return value == null ? out.putNull(name) : out.put(name, value);
    }

    static JsonOut putOrNull(JsonOut out, String name, JsonObject value) {
        return value == null ? out.putNull(name) : out.put(name, value);
    }
}
