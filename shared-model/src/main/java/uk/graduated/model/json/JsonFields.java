package uk.graduated.model.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.model.validation.Violations;

/**
 * Reads the fields of one JSON object, collecting every problem instead of stopping at the first,
 * so a client learns all that is wrong with a body in one reply.
 *
 * <p>Each error names the field by its full path ({@code mutations[3].fields.minutes}); messages name
 * it by its own name ("minutes must be a whole number"). A required getter that fails records an
 * error and returns a neutral value (null, 0 or false) so reading carries on. Nested readers share
 * one {@link Violations}. A JSON {@code null} counts as absent.
 *
 * <p>Wire formats: dates {@code 2026-11-23}, instants {@code 2026-11-23T09:15:00Z}, times
 * {@code 09:15}, UUIDs in canonical form, decimals as strings in plain notation ({@code "12.50"}).
 *
 * <p>Error codes: {@code required}, {@code wrong_type}, {@code invalid_format}, {@code out_of_range},
 * {@code invalid_value} (not one of the allowed codes), {@code unknown_field}, and {@code invalid_json}
 * from {@link #parseObject(String)}.
 */
public final class JsonFields {
    public static final String REQUIRED = "required";
    public static final String WRONG_TYPE = JsonValues.WRONG_TYPE;
    public static final String INVALID_FORMAT = JsonValues.INVALID_FORMAT;
    public static final String OUT_OF_RANGE = JsonValues.OUT_OF_RANGE;
    public static final String INVALID_VALUE = "invalid_value";
    public static final String UNKNOWN_FIELD = "unknown_field";
    public static final String INVALID_JSON = "invalid_json";
    /** The field named by errors about the body as a whole. */
    public static final String ROOT = "$";
    private static final int MAX_KEY_SHOWN = 64;
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_]+");

    private final JsonObject object;
    private final String path;
    private final Violations violations;
    private final JsonFields parent;
    private int errorCount;

    public JsonFields(JsonObject object, String path) {
        this(object, path, new Violations(), null);
    }

    private JsonFields(JsonObject object, String path, Violations violations, JsonFields parent) {
        this.object = Objects.requireNonNull(object, "object");
        this.path = Objects.requireNonNull(path, "path");
        this.violations = violations;
        this.parent = parent;
    }

    /**
     * Parses text that must be exactly one JSON object. Refuses malformed JSON, duplicate keys,
     * nesting deeper than 64 levels, anything but an object, and empty text, each with field
     * {@code "$"} and code {@code invalid_json}.
     */
    public static JsonObject parseObject(String json) {
        return StrictJsonParser.parseObject(json);
    }

    /** Parses {@code json} with {@link #parseObject(String)} and wraps it in a root reader. */
    public static JsonFields parse(String json) {
        return new JsonFields(parseObject(json), "");
    }

    public String path() {
        return path;
    }

    /** The full path an error about {@code name} is reported under. */
    public String fieldPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Records an error about {@code name}, prefixed with this reader's path. */
    public void addError(String name, String code, String message) {
        record(fieldPath(name), code, message);
    }

    /** Whether an error was recorded by this reader or by a reader nested in it. */
    public boolean hasErrors() {
        return errorCount > 0;
    }

    /**
     * Builds the value read by this reader, typically by calling a record's validating constructor.
     * Returns null without calling {@code constructor} if reading already failed; otherwise records
     * each error of a {@link ValidationException} it throws under this reader's path, so a
     * constructor's {@code baseVersion} error is reported as {@code mutations[3].baseVersion}.
     */
    public <T> T build(Supplier<T> constructor) {
        if (hasErrors()) {
            return null;
        }
        try {
            return constructor.get();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                boolean aboutThisObject = error.field().isEmpty() || ROOT.equals(error.field());
                String field = aboutThisObject ? (path.isEmpty() ? ROOT : path) : fieldPath(error.field());
                record(field, error.code(), error.message());
            }
            return null;
        }
    }

    public String requiredString(String name) {
        String value = read(name, true, JsonValues::string);
        if (value != null && value.isBlank()) {
            addError(name, REQUIRED, name + " is required");
            return null;
        }
        return value;
    }

    public String optionalString(String name) {
        return read(name, false, JsonValues::string);
    }

    public int requiredInt(String name) {
        Integer value = read(name, true, JsonValues::wholeInt);
        return value == null ? 0 : value;
    }

    public Integer optionalInt(String name) {
        return read(name, false, JsonValues::wholeInt);
    }

    public long requiredLong(String name) {
        Long value = read(name, true, JsonValues::wholeLong);
        return value == null ? 0L : value;
    }

    public Long optionalLong(String name) {
        return read(name, false, JsonValues::wholeLong);
    }

    public boolean requiredBoolean(String name) {
        Boolean value = read(name, true, JsonValues::bool);
        return value != null && value;
    }

    public boolean optionalBoolean(String name, boolean dflt) {
        Boolean value = read(name, false, JsonValues::bool);
        return value == null ? dflt : value;
    }

    public BigDecimal requiredDecimal(String name) {
        return read(name, true, JsonValues::decimal);
    }

    public BigDecimal optionalDecimal(String name) {
        return read(name, false, JsonValues::decimal);
    }

    public UUID requiredUuid(String name) {
        return read(name, true, JsonValues::uuid);
    }

    public UUID optionalUuid(String name) {
        return read(name, false, JsonValues::uuid);
    }

    public LocalDate requiredDate(String name) {
        return read(name, true, JsonValues::date);
    }

    public LocalDate optionalDate(String name) {
        return read(name, false, JsonValues::date);
    }

    public Instant requiredInstant(String name) {
        return read(name, true, JsonValues::instant);
    }

    public Instant optionalInstant(String name) {
        return read(name, false, JsonValues::instant);
    }

    public LocalTime requiredTime(String name) {
        return read(name, true, JsonValues::time);
    }

    public LocalTime optionalTime(String name) {
        return read(name, false, JsonValues::time);
    }

    /**
     * Reads a string code and maps it with {@code lookup} (typically an enum's {@code fromCode}).
     * {@code allowed} lists the accepted codes for the message, e.g. {@code "E, K, N"}.
     */
    public <T> T requiredCode(String name, Function<String, Optional<T>> lookup, String allowed) {
        return read(name, true, (n, v) -> JsonValues.code(n, v, lookup, allowed));
    }

    public <T> T optionalCode(String name, Function<String, Optional<T>> lookup, String allowed) {
        return read(name, false, (n, v) -> JsonValues.code(n, v, lookup, allowed));
    }

    /** The strings of a list; absent means empty. Elements that are not strings are reported and skipped. */
    public List<String> stringList(String name) {
        JsonArray array = array(name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String element = name + "[" + i + "]";
            try {
                values.add(JsonValues.string(element, array.get(i)));
            } catch (JsonValues.Refused refused) {
                addError(element, refused.code(), refused.getMessage());
            }
        }
        return List.copyOf(values);
    }

    /** A reader per object of a list, each with path {@code name[i]}; absent means empty. */
    public List<JsonFields> objectList(String name) {
        JsonArray array = array(name);
        List<JsonFields> readers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String element = name + "[" + i + "]";
            JsonElement value = array.get(i);
            if (value.isJsonObject()) {
                readers.add(new JsonFields(value.getAsJsonObject(), fieldPath(element), violations, this));
            } else {
                addError(element, WRONG_TYPE, element + " must be an object");
            }
        }
        return List.copyOf(readers);
    }

    /** How many elements the list {@code name} holds; 0 when it is absent or not a list. Records nothing. */
    public int listSize(String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonArray() ? value.getAsJsonArray().size() : 0;
    }

    /** A reader over the nested object {@code name}; null (with an error recorded) when it is absent. */
    public JsonFields requiredObject(String name) {
        JsonObject nested = read(name, true, JsonValues::object);
        return nested == null ? null : new JsonFields(nested, fieldPath(name), violations, this);
    }

    public JsonFields optionalObject(String name) {
        JsonObject nested = read(name, false, JsonValues::object);
        return nested == null ? null : new JsonFields(nested, fieldPath(name), violations, this);
    }

    /** True when {@code name} is present with a value other than JSON null. */
    public boolean has(String name) {
        JsonElement value = object.get(name);
        return value != null && !value.isJsonNull();
    }

    /** The raw value of {@code name}, deep-copied; null when absent. For values whose shape is free. */
    public JsonElement element(String name) {
        JsonElement value = object.get(name);
        return value == null ? null : value.deepCopy();
    }

    /** A deep copy of the object this reader reads. */
    public JsonObject object() {
        return object.deepCopy();
    }

    /**
     * Records {@code unknown_field} for each key not in {@code known}. A key that is not plain letters,
     * digits and underscores is named in JSON quotes ({@code "my key"}, {@code ""}), so every error
     * names a field; one longer than 64 characters is cut, so a hostile body cannot make errors huge.
     */
    public void rejectUnknown(Set<String> known) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                String shown = key.length() <= MAX_KEY_SHOWN ? key : key.substring(0, MAX_KEY_SHOWN) + "...";
                if (!PLAIN_KEY.matcher(key).matches()) {
                    shown = JsonText.compact(new JsonPrimitive(shown));
                }
                addError(shown, UNKNOWN_FIELD, shown + " is not a known field");
            }
        }
    }

    /** The collector shared by this reader and every reader nested in it. */
    public Violations violations() {
        return violations;
    }

    /** Throws a {@link ValidationException} with every error collected so far, if there is any. */
    public void throwIfInvalid() {
        violations.throwIfAny();
    }

    private void record(String field, String code, String message) {
        violations.add(field, code, message);
        for (JsonFields reader = this; reader != null; reader = reader.parent) {
            reader.errorCount++;
        }
    }

    private JsonArray array(String name) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            addError(name, WRONG_TYPE, name + " must be a list");
            return new JsonArray();
        }
        return value.getAsJsonArray();
    }

    private <T> T read(String name, boolean required, Reader<T> reader) {
        JsonElement value = object.get(name);
        if (value == null || value.isJsonNull()) {
            if (required) {
                addError(name, REQUIRED, name + " is required");
            }
            return null;
        }
        try {
            return reader.read(name, value);
        } catch (JsonValues.Refused refused) {
            addError(name, refused.code(), refused.getMessage());
            return null;
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(String name, JsonElement value);
    }
}
