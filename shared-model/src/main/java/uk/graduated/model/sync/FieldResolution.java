package uk.graduated.model.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.validation.Violations;

/**
 * How one field of a merged mutation met a change another device made to the same field since the
 * mutation's base version. The mutation arrived later, so its value is the record's value now; the
 * other value is kept in the record's history, so nothing anyone typed is lost.
 *
 * @param field      the field's name, as in the mutation's {@code fields}
 * @param resolution what the server did
 * @param otherValue the value the other change had written; JSON null if it cleared the field
 *                   (a Java null or an absent member means the same)
 */
public record FieldResolution(String field, Resolution resolution, JsonElement otherValue) {
    /**
     * Text this long (or with a line break) is "long text": when both sides changed it, both forms
     * are kept and flagged. 40 characters leaves out ids, dates, codes and most names.
     */
    public static final int LONG_TEXT_LENGTH = 40;
    private static final Set<String> JSON_FIELDS = Set.of("field", "resolution", "otherValue");

    public FieldResolution {
        Violations v = new Violations();
        Checks.text(v, "field", field, SyncLimits.MAX_FIELD_NAME_LENGTH);
        v.require("resolution", resolution);
        otherValue = FieldValues.copyValue(v, "otherValue", otherValue == null ? JsonNull.INSTANCE : otherValue);
        v.throwIfAny();
    }

    /**
     * How the server resolves a field that another device changed since the mutation's base version:
     * {@link Resolution#KEPT_BOTH} when both values are strings and either has at least
     * {@value #LONG_TEXT_LENGTH} characters or a line break, otherwise {@link Resolution#OVERWROTE}.
     *
     * @param otherValue the value the other device wrote, now going to history
     * @param value      the value this mutation writes
     */
    public static Resolution resolve(JsonElement otherValue, JsonElement value) {
        return isText(otherValue) && isText(value) && (isLong(otherValue) || isLong(value))
                ? Resolution.KEPT_BOTH : Resolution.OVERWROTE;
    }

    private static boolean isText(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static boolean isLong(JsonElement text) {
        String s = text.getAsString();
        return s.length() >= LONG_TEXT_LENGTH || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /** A deep copy of the value the other change had written. */
    @Override
    public JsonElement otherValue() {
        return otherValue.deepCopy();
    }

    JsonObject toJsonObject() {
        return new JsonOut()
                .put("field", field)
                .putCode("resolution", resolution, Resolution::code)
                .put("otherValue", otherValue)
                .build();
    }

    static FieldResolution read(JsonFields f) {
        f.rejectUnknown(JSON_FIELDS);
        String field = f.requiredString("field");
        Resolution resolution = f.requiredCode("resolution", Resolution::fromCode, Resolution.allowedCodes());
        JsonElement otherValue = f.element("otherValue");
        return f.build(() -> new FieldResolution(field, resolution, otherValue));
    }

    /** What happened to the field. */
    public enum Resolution {
        /** This mutation's value replaced the other change's; the other value went to history. */
        OVERWROTE("overwrote"),
        /**
         * Long text both sides changed: this mutation's text is the field's value, the other text is
         * kept beside it, and the pair is flagged for the SENCO to reconcile.
         */
        KEPT_BOTH("kept_both");

        private final String code;

        Resolution(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Resolution> fromCode(String code) {
            return Codes.find(values(), Resolution::code, code);
        }

        public static String allowedCodes() {
            return Codes.allowed(values(), Resolution::code);
        }
    }
}
