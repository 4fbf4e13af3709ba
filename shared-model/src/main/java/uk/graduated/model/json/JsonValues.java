package uk.graduated.model.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one non-null JSON value into a Java value, or refuses it with a code and a message naming the
 * field. Formats are checked with patterns first because the {@code java.time} and {@code UUID} parsers
 * accept more than the protocol allows (offsets, short UUID groups, signed years), and differ between
 * Java versions and Android.
 */
final class JsonValues {
    static final String WRONG_TYPE = "wrong_type";
    static final String INVALID_FORMAT = "invalid_format";
    static final String OUT_OF_RANGE = "out_of_range";

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final int MAX_DECIMAL_LENGTH = 40;
    private static final int MAX_NUMBER_LENGTH = 400;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");
    private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?");

    private JsonValues() {
    }

    static String string(String name, JsonElement value) {
        if (!isString(value)) {
            throw new Refused(WRONG_TYPE, name + " must be a string");
        }
        String text = value.getAsString();
        // PostgreSQL cannot store U+0000 in text, and no person types it: refused here, not a 500 later.
        if (text.indexOf('\u0000') >= 0) {
            throw new Refused(INVALID_FORMAT, name + " must not contain the NUL character");
        }
        return text;
    }

    static int wholeInt(String name, JsonElement value) {
        return whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
    }

    static long wholeLong(String name, JsonElement value) {
        return whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
    }

    static boolean bool(String name, JsonElement value) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw new Refused(WRONG_TYPE, name + " must be true or false");
        }
        return value.getAsBoolean();
    }

    /** Decimals travel as strings in plain notation, so no client's floating point can round them. */
    static BigDecimal decimal(String name, JsonElement value) {
        String message = name + " must be a decimal number written as a string, such as \"12.50\"";
        if (!isString(value)) {
            throw new Refused(WRONG_TYPE, message);
        }
        String text = value.getAsString();
        if (text.length() > MAX_DECIMAL_LENGTH || !DECIMAL.matcher(text).matches()) {
            throw new Refused(INVALID_FORMAT, message);
        }
        return new BigDecimal(text);
    }

    static UUID uuid(String name, JsonElement value) {
        String text = formatted(name, value, UUID_TEXT,
                " must be a UUID such as 0b6f3c7e-2d4a-4c1b-9e8f-5a6b7c8d9e0f");
        return UUID.fromString(text);
    }

    static LocalDate date(String name, JsonElement value) {
        String message = " must be an ISO-8601 date such as 2026-11-23";
        String text = formatted(name, value, DATE, message);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused(INVALID_FORMAT, name + message);
        }
    }

    static Instant instant(String name, JsonElement value) {
        String message = " must be an ISO-8601 instant such as 2026-11-23T09:15:00Z";
        String text = formatted(name, value, INSTANT, message);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused(INVALID_FORMAT, name + message);
        }
    }

    static LocalTime time(String name, JsonElement value) {
        String message = " must be an ISO-8601 time such as 09:15";
        String text = formatted(name, value, TIME, message);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused(INVALID_FORMAT, name + message);
        }
    }

    static <T> T code(String name, JsonElement value, Function<String, Optional<T>> lookup, String allowed) {
        String message = name + " must be one of: " + allowed;
        if (!isString(value)) {
            throw new Refused(WRONG_TYPE, message);
        }
        return lookup.apply(value.getAsString()).orElseThrow(() -> new Refused(JsonFields.INVALID_VALUE, message));
    }

    static JsonObject object(String name, JsonElement value) {
        if (!value.isJsonObject()) {
            throw new Refused(WRONG_TYPE, name + " must be an object");
        }
        return value.getAsJsonObject();
    }

    private static String formatted(String name, JsonElement value, Pattern pattern, String message) {
        if (!isString(value)) {
            throw new Refused(WRONG_TYPE, name + message);
        }
        String text = value.getAsString();
        if (!pattern.matcher(text).matches()) {
            throw new Refused(INVALID_FORMAT, name + message);
        }
        return text;
    }

    /** Accepts any JSON number with a whole value (30, 30.0, 3e1); refuses 30.5, "30", NaN. */
    private static BigDecimal whole(String name, JsonElement value, long min, long max) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new Refused(WRONG_TYPE, name + " must be a whole number");
        }
        String outOfRange = name + " must be a whole number from " + min + " to " + max;
        String text = value.getAsJsonPrimitive().getAsString();
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new Refused(OUT_OF_RANGE, outOfRange);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            // NaN or Infinity put into a tree by code; parsed text never holds them
            throw new Refused(WRONG_TYPE, name + " must be a whole number");
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new Refused(WRONG_TYPE, name + " must be a whole number");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Refused(OUT_OF_RANGE, outOfRange);
        }
        return number;
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isString();
    }

    /** A value that could not be read; carries the error code and a message naming the field. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
