package uk.graduated.server.register;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;

/**
 * How one JSON member of a record's wire form is kept in a PostgreSQL column, both ways. Reading a
 * column back gives the member the codec wrote, except that times are kept to the microsecond
 * (PostgreSQL's precision), and {@link #normalise} applies the same cut in Java.
 */
enum Kind {
    UUID_VALUE("uuid", UUID.class),
    TEXT("text", String.class),
    DATE("date", LocalDate.class),
    TIME("time", LocalTime.class),
    INT("integer", Integer.class),
    LONG("bigint", Long.class),
    BOOL("boolean", Boolean.class),
    DECIMAL("numeric", BigDecimal.class),
    INSTANT("timestamptz", OffsetDateTime.class),
    UUID_ARRAY("uuid[]", UUID[].class),
    TEXT_ARRAY("text[]", String[].class),
    JSONB("jsonb", String.class);

    private final String sqlType;
    private final Class<?> javaType;

    Kind(String sqlType, Class<?> javaType) {
        this.sqlType = sqlType;
        this.javaType = javaType;
    }

    String sqlType() {
        return sqlType;
    }

    Class<?> javaType() {
        return javaType;
    }

    /** The column value for a member the codec wrote (never JSON null). */
    Object toDb(JsonElement value) {
        return switch (this) {
            case UUID_VALUE -> UUID.fromString(value.getAsString());
            case TEXT -> value.getAsString();
            case DATE -> LocalDate.parse(value.getAsString());
            case TIME -> LocalTime.parse(value.getAsString()).truncatedTo(ChronoUnit.MICROS);
            case INT -> value.getAsInt();
            case LONG -> value.getAsLong();
            case BOOL -> value.getAsBoolean();
            case DECIMAL -> new BigDecimal(value.getAsString());
            case INSTANT -> Instant.parse(value.getAsString()).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            case UUID_ARRAY -> uuids(value.getAsJsonArray());
            case TEXT_ARRAY -> strings(value.getAsJsonArray());
            case JSONB -> JsonText.compact(value);
        };
    }

    /** The column's value as {@link #toDb} gives it, or null. */
    Object read(ResultSet rs, String column) throws SQLException {
        Object value = switch (this) {
            case UUID_VALUE -> rs.getObject(column, UUID.class);
            case DATE -> rs.getObject(column, LocalDate.class);
            case TIME -> rs.getObject(column, LocalTime.class);
            case INSTANT -> rs.getObject(column, OffsetDateTime.class);
            case INT -> rs.getInt(column);
            case LONG -> rs.getLong(column);
            case BOOL -> rs.getBoolean(column);
            case DECIMAL -> rs.getBigDecimal(column);
            case UUID_ARRAY, TEXT_ARRAY -> array(rs.getArray(column));
            case TEXT, JSONB -> rs.getString(column);
        };
        return rs.wasNull() ? null : value;
    }

    /** The member for a column value, in the form the codecs write. */
    JsonElement toJson(Object value) {
        return switch (this) {
            case UUID_VALUE, TEXT, DATE, TIME -> new JsonPrimitive(value.toString());
            case INT, LONG -> JsonOut.number(((Number) value).longValue());
            case BOOL -> new JsonPrimitive((Boolean) value);
            case DECIMAL -> new JsonPrimitive(((BigDecimal) value).toPlainString());
            case INSTANT -> new JsonPrimitive(((OffsetDateTime) value).toInstant().toString());
            case UUID_ARRAY, TEXT_ARRAY -> list((Object[]) value);
            case JSONB -> canonical(JsonParser.parseString((String) value));
        };
    }

    /** The member as it reads back after a round trip through the column. */
    JsonElement normalise(JsonElement value) {
        return toJson(toDb(value));
    }

    private static UUID[] uuids(JsonArray array) {
        UUID[] ids = new UUID[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.fromString(array.get(i).getAsString());
        }
        return ids;
    }

    private static String[] strings(JsonArray array) {
        String[] texts = new String[array.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = array.get(i).getAsString();
        }
        return texts;
    }

    private static Object array(Array array) throws SQLException {
        return array == null ? null : array.getArray();
    }

    private static JsonArray list(Object[] values) {
        JsonArray array = new JsonArray(values.length);
        for (Object value : values) {
            array.add(value.toString());
        }
        return array;
    }

    /** Numbers as the codecs hold them ({@link BigDecimal}), so a tree read back equals the one written. */
    private static JsonElement canonical(JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return new JsonPrimitive(new BigDecimal(value.getAsString()));
        }
        if (value.isJsonArray()) {
            JsonArray copy = new JsonArray();
            value.getAsJsonArray().forEach(item -> copy.add(canonical(item)));
            return copy;
        }
        if (value.isJsonObject()) {
            JsonObject copy = new JsonObject();
            for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
                copy.add(member.getKey(), canonical(member.getValue()));
            }
            return copy;
        }
        return value;
    }
}
