package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.sync.Refusals.errorsOf;
import static uk.graduated.model.sync.SyncExamples.DEVICE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

class ErrorBodyTest {
    private static final FieldError MINUTES = new FieldError("mutations[0].fields.minutes", "wrong_type",
            "minutes must be a whole number");

    @Test
    void oneFieldError_becomesValidationFailed_namingThatField() {
        ErrorBody body = ErrorBody.of(new ValidationException(List.of(MINUTES)), "req-7");

        assertThat(body.code()).isEqualTo("validation_failed");
        assertThat(body.field()).isEqualTo("mutations[0].fields.minutes");
        assertThat(body.message()).isEqualTo("minutes must be a whole number");
        assertThat(body.errors()).containsExactly(MINUTES);
        assertThat(body.toValidationException().errors()).containsExactly(MINUTES);
    }

    @Test
    void severalErrors_areSummed_withNoSingleField() {
        FieldError second = new FieldError("deviceId", "required", "deviceId is required");

        ErrorBody body = ErrorBody.of(new ValidationException(List.of(MINUTES, second)), "req-7");

        assertThat(body.field()).isNull();
        assertThat(body.message()).isEqualTo(
                "2 fields are invalid; the first is mutations[0].fields.minutes: minutes must be a whole number");
        assertThat(body.errors()).containsExactly(MINUTES, second);
    }

    @Test
    void unreadableBody_becomesInvalidJson() {
        ValidationException unreadable = errorsOfParsing("{\"cursor\":");

        ErrorBody body = ErrorBody.of(unreadable, "req-7");

        assertThat(body.code()).isEqualTo(ErrorCode.INVALID_JSON.code());
        assertThat(body.field()).isEqualTo("$");
    }

    @Test
    void moreErrorsThanTheMaximum_areCutToIt() {
        List<FieldError> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new FieldError("extra" + i, JsonFields.UNKNOWN_FIELD, "extra" + i + " is not a known field"));
        }

        ErrorBody body = ErrorBody.of(new ValidationException(many), "req-7");

        assertThat(body.errors()).hasSize(ErrorBody.MAX_ERRORS);
        assertThat(body.message()).startsWith("250 fields are invalid");
        assertThat(ErrorBody.fromJson(body.toJson())).isEqualTo(body);
    }

    @Test
    void errorAboutTheEmptyKey_isNamedInQuotes_andSurvivesTheTrip() {
        ValidationException e = errorsOfParsing("{\"\":1,\"cursor\":null}");

        ErrorBody body = ErrorBody.of(e, "req-7");

        assertThat(body.field()).isEqualTo("\"\"");
        assertThat(ErrorBody.fromJson(body.toJson()).errors()).isEqualTo(e.errors());
    }

    @Test
    void deviceStatus_travelsOnlyWithTheDeviceCodes() {
        DeviceStatus revoked = DeviceStatus.of(DEVICE, DeviceState.REVOKED, Instant.parse("2026-11-24T08:02:19Z"));

        ErrorBody body = ErrorBody.of(revoked, "req-7");

        assertThat(body.code()).isEqualTo("device_revoked");
        assertThat(body.device().wipe()).isTrue();
        assertThat(errorsOf(() -> new ErrorBody("forbidden", "No.", null, List.of(), "r", revoked)))
                .extracting(FieldError::field).containsExactly("device");
        assertThat(errorsOf(() -> new ErrorBody("device_suspended", "No.", null, List.of(), "r", null)))
                .extracting(FieldError::field).containsExactly("device");
    }

    @Test
    void plainError_fromItsCode() {
        ErrorBody body = ErrorBody.of(ErrorCode.RATE_LIMITED, "req-7");

        assertThat(body.toJson()).isEqualTo("{\"error\":{\"code\":\"rate_limited\",\"message\":\"Too many attempts. "
                + "Try again later.\",\"field\":null,\"errors\":[],\"requestId\":\"req-7\",\"device\":null}}");
        assertThat(body.toValidationException()).isNull();
    }

    @Test
    void codeMessageAndRequestId_areChecked() {
        assertThat(errorsOf(() -> new ErrorBody("Not A Code", " ", "", List.of(), "has space", null)))
                .extracting(FieldError::field).containsExactly("code", "message", "field", "requestId");
    }

    @Test
    void errorCodes_areUnique_andMapToTheirStatus() {
        assertThat(java.util.Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct())
                .hasSize(ErrorCode.values().length);
        assertThat(ErrorCode.fromCode("upgrade_required")).contains(ErrorCode.UPGRADE_REQUIRED);
        assertThat(ErrorCode.UPGRADE_REQUIRED.httpStatus()).isEqualTo(426);
        assertThat(ErrorCode.PAYLOAD_TOO_LARGE.httpStatus()).isEqualTo(413);
    }

    private static ValidationException errorsOfParsing(String json) {
        try {
            PullRequest.fromJson(json);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected " + json + " to be refused");
    }
}
