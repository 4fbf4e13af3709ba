package uk.graduated.model.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * Checks and copies the {@code fields} object of a mutation or a change: the entity's own JSON, whose
 * shape the entity's codec defines. The copy is deep, so no caller can change a message after it
 * was validated, and holds every number as a {@link BigDecimal}, so equal objects hash alike.
 */
final class FieldValues {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private FieldValues() {
    }

    /** A checked deep copy of {@code fields}, or null (errors recorded under {@code field}) when invalid. */
    static JsonObject copy(Violations v, String field, JsonObject fields) {
        if (!v.require(field, fields)) {
            return null;
        }
        boolean valid = true;
        if (fields.size() > SyncLimits.MAX_FIELDS_PER_MUTATION) {
            v.add(field, "too_many", field + " may hold at most " + SyncLimits.MAX_FIELDS_PER_MUTATION + " fields");
            valid = false;
        }
        JsonObject copy = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : fields.entrySet()) {
            String name = entry.getKey();
            if (name.length() > SyncLimits.MAX_FIELD_NAME_LENGTH || !NAME.matcher(name).matches()) {
                v.add(field, "invalid_format", field + " has the key \"" + shortened(name) + "\"; keys are camelCase"
                        + " letters and digits, at most " + SyncLimits.MAX_FIELD_NAME_LENGTH + " characters");
                valid = false;
            } else if (!allFinite(entry.getValue())) {
                v.add(field + "." + name, "invalid_value", name + " must hold only finite numbers");
                valid = false;
            } else {
                copy.add(name, canonical(entry.getValue()));
            }
        }
        if (valid && JsonText.compact(copy).length() > SyncLimits.MAX_FIELDS_JSON_LENGTH) {
            v.add(field, "too_long", field + " must be at most " + SyncLimits.MAX_FIELDS_JSON_LENGTH
                    + " characters as JSON");
            valid = false;
        }
        return valid ? copy : null;
    }

    /** A checked canonical deep copy of one value, or null (error recorded under {@code field}). */
    static JsonElement copyValue(Violations v, String field, JsonElement value) {
        if (!allFinite(value)) {
            v.add(field, "invalid_value", field + " must hold only finite numbers");
            return null;
        }
        return canonical(value);
    }

    private static boolean allFinite(JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            try {
                new BigDecimal(value.getAsNumber().toString());
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                if (!allFinite(item)) {
                    return false;
                }
            }
        }
        if (value.isJsonObject()) {
            for (JsonElement item : value.getAsJsonObject().asMap().values()) {
                if (!allFinite(item)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static JsonElement canonical(JsonElement value) {
        if (value.isJsonPrimitive()) {
            JsonPrimitive primitive = value.getAsJsonPrimitive();
            return primitive.isNumber() && !(primitive.getAsNumber() instanceof BigDecimal)
                    ? new JsonPrimitive(new BigDecimal(primitive.getAsNumber().toString()))
                    : primitive;
        }
        if (value.isJsonArray()) {
            JsonArray copy = new JsonArray();
            for (JsonElement item : value.getAsJsonArray()) {
                copy.add(canonical(item));
            }
            return copy;
        }
        if (value.isJsonObject()) {
            JsonObject copy = new JsonObject();
            for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                copy.add(entry.getKey(), canonical(entry.getValue()));
            }
            return copy;
        }
        return value;
    }

    private static String shortened(String name) {
        return name.length() <= SyncLimits.MAX_FIELD_NAME_LENGTH ? name
                : name.substring(0, SyncLimits.MAX_FIELD_NAME_LENGTH) + "...";
    }
}
