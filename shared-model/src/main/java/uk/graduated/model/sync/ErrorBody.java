package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.model.validation.Violations;

/**
 * The body of every error response, whatever the endpoint:
 * {@code {"error": {"code", "message", "field", "errors", "requestId", "device"}}}.
 *
 * @param code      machine-readable reason, usually an {@link ErrorCode}; a client acts on a code it
 *                  does not know by the HTTP status alone
 * @param message   a sentence a person can act on
 * @param field     the field at fault when there is exactly one, else null (always written)
 * @param errors    every field error, at most {@value #MAX_ERRORS}; empty unless fields were invalid
 * @param requestId the request's id, to quote when asking for help
 * @param device    the device's status, with {@code device_suspended} and {@code device_revoked} only
 */
public record ErrorBody(String code, String message, String field, List<FieldError> errors, String requestId,
        DeviceStatus device) {
    /** The most field errors one body lists; a client fixes those and learns of the rest next time. */
    public static final int MAX_ERRORS = 100;
    /** Longest message or field path; longer ones are cut when built from a {@link ValidationException}. */
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_REQUEST_ID_LENGTH = 128;
    private static final Set<String> JSON_FIELDS = Set.of("error");
    private static final Set<String> ERROR_FIELDS = Set.of("code", "message", "field", "errors", "requestId",
            "device");

    public ErrorBody {
        Violations v = new Violations();
        Checks.code(v, "code", code);
        Checks.text(v, "message", message, MAX_TEXT_LENGTH);
        Checks.optionalText(v, "field", field, MAX_TEXT_LENGTH);
        checkErrors(v, errors);
        Checks.opaque(v, "requestId", requestId, 1, MAX_REQUEST_ID_LENGTH);
        boolean aboutDevice = ErrorCode.DEVICE_SUSPENDED.code().equals(code) || ErrorCode.DEVICE_REVOKED.code().equals(code);
        if (device != null && !aboutDevice) {
            v.add("device", "not_allowed", "device is sent only with device_suspended and device_revoked");
        }
        if (device == null && aboutDevice) {
            v.add("device", "required", "device is required with " + code);
        }
        v.throwIfAny();
        errors = List.copyOf(errors);
    }

    /** An error with no field errors, e.g. {@code ErrorBody.of(ErrorCode.RATE_LIMITED, requestId)}. */
    public static ErrorBody of(ErrorCode code, String requestId) {
        return new ErrorBody(code.code(), code.defaultMessage(), null, List.of(), requestId, null);
    }

    /**
     * The error for a request whose body or fields were invalid: {@code invalid_json} when the body
     * could not be read as a JSON object, otherwise {@code validation_failed}. Lists the first
     * {@value #MAX_ERRORS} errors; the message is the only error's, or sums them up.
     */
    public static ErrorBody of(ValidationException e, String requestId) {
        List<FieldError> all = e.errors();
        boolean unreadable = all.stream().allMatch(error -> JsonFields.INVALID_JSON.equals(error.code()));
        ErrorCode code = unreadable ? ErrorCode.INVALID_JSON : ErrorCode.VALIDATION_FAILED;
        FieldError first = all.get(0);
        String message = all.size() == 1 ? first.message()
                : all.size() + " fields are invalid; the first is " + first.field() + ": " + first.message();
        String field = all.size() == 1 && !first.field().isBlank() ? cut(first.field()) : null;
        List<FieldError> listed = all.size() > MAX_ERRORS ? all.subList(0, MAX_ERRORS) : all;
        return new ErrorBody(code.code(), cut(message), field, listed, requestId, null);
    }

    /** The error a suspended or revoked device receives, carrying its status and wipe instruction. */
    public static ErrorBody of(DeviceStatus device, String requestId) {
        ErrorCode code = device.state() == DeviceState.REVOKED ? ErrorCode.DEVICE_REVOKED : ErrorCode.DEVICE_SUSPENDED;
        return new ErrorBody(code.code(), code.defaultMessage(), null, List.of(), requestId, device);
    }

    /** The field errors as a {@link ValidationException}, or null when there are none. */
    public ValidationException toValidationException() {
        return errors.isEmpty() ? null : new ValidationException(errors);
    }

    public JsonObject toJsonObject() {
        JsonOut error = new JsonOut().put("code", code).put("message", message);
        Wire.putOrNull(error, "field", field)
                .putList("errors", errors, Wire::writeFieldError)
                .put("requestId", requestId);
        Wire.putOrNull(error, "device", device == null ? null : device.toJsonObject());
        return new JsonOut().put("error", error).build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static ErrorBody fromJson(String json) {
        JsonFields root = JsonFields.parse(json);
        root.rejectUnknown(JSON_FIELDS);
        JsonFields f = root.requiredObject("error");
        ErrorBody body = f == null ? null : read(f);
        root.throwIfInvalid();
        return body;
    }

    private static ErrorBody read(JsonFields f) {
        f.rejectUnknown(ERROR_FIELDS);
        String code = f.requiredString("code");
        String message = f.requiredString("message");
        String field = f.optionalString("field");
        List<FieldError> errors = Wire.readList(f, "errors", MAX_ERRORS, Wire::readFieldError);
        String requestId = f.requiredString("requestId");
        JsonFields deviceFields = f.optionalObject("device");
        DeviceStatus device = deviceFields == null ? null : DeviceStatus.read(deviceFields);
        return f.build(() -> new ErrorBody(code, message, field, errors, requestId, device));
    }

    static void checkErrors(Violations v, List<FieldError> errors) {
        if (errors == null) {
            v.add("errors", "required", "errors is required (empty when no field is at fault)");
        } else if (errors.size() > MAX_ERRORS) {
            v.add("errors", "too_many", "errors may list at most " + MAX_ERRORS + " errors");
        } else if (errors.stream().anyMatch(e -> e == null || e.code().isBlank() || e.message().isBlank())) {
            v.add("errors", "invalid_value", "each of errors must have a code and a message");
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH - 3) + "...";
    }
}
