package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.graduated.model.sync.Refusals.errorsOf;
import static uk.graduated.model.sync.SyncExamples.DEVICE;
import static uk.graduated.model.sync.SyncExamples.id;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.Role;
import uk.graduated.model.validation.FieldError;

class AuthMessagesTest {
    private static final String TOKEN = "gss1.oibe7YVjvQOrxhAowvWXCk3HB9LdRHmYuOvgY7bJ620";

    @Test
    void pin_mustBeFourToEightDigits() {
        assertThat(errorsOf(() -> new PinSignInRequest(id(1), "123"))).extracting(FieldError::code)
                .containsExactly("invalid_format");
        assertThat(errorsOf(() -> new PinSignInRequest(id(1), "12a4"))).extracting(FieldError::message)
                .containsExactly("pin must be 4 to 8 digits");
        assertThat(new PinSignInRequest(id(1), "12345678").pin()).isEqualTo("12345678");
    }

    @Test
    void secrets_stayOutOfToString() {
        assertThat(new PinSignInRequest(id(1), "4821").toString()).doesNotContain("4821");
        assertThat(new EnrolRequest("K7QF-9MZD", "Tablet", DevicePlatform.ANDROID, "1.0.0").toString())
                .doesNotContain("K7QF");
        assertThat(new EnrolResponse(DEVICE, TOKEN, id(2), "Larkspur Vale").toString()).doesNotContain(TOKEN);
        SessionResponse session = new SessionResponse(TOKEN, Instant.EPOCH,
                new StaffSummary(id(3), "Ms Okafor", Set.of(Role.SENCO)));
        assertThat(session.toString()).doesNotContain(TOKEN);
    }

    @Test
    void tokens_mustBeLongPrintableAscii() {
        assertThat(errorsOf(() -> new EnrolResponse(DEVICE, "short", id(2), "School"))).extracting(FieldError::field)
                .containsExactly("deviceToken");
        assertThat(errorsOf(() -> new SessionResponse(TOKEN + " x", Instant.EPOCH,
                new StaffSummary(id(3), "A", Set.of(Role.SENCO))))).extracting(FieldError::field).containsExactly("token");
    }

    @Test
    void staffRoles_unknownOrRepeated_areRefused() {
        String json = "{\"token\":\"" + TOKEN + "\",\"expiresAt\":\"2026-11-23T19:40:00Z\",\"staff\":{\"id\":\""
                + id(3) + "\",\"displayName\":\"Mr Hughes\",\"roles\":[\"teaching_assistant\",\"caretaker\","
                + "\"teaching_assistant\"]}}";

        assertThat(errorsOf(() -> SessionResponse.fromJson(json))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("staff.roles[1]", "invalid_value"), tuple("staff.roles[2]", "duplicate"));
    }

    @Test
    void staffRoles_areWrittenInDeclarationOrder() {
        StaffSummary staff = new StaffSummary(id(3), "Ms Okafor",
                EnumSet.of(Role.EARLY_YEARS_PRACTITIONER, Role.SENCO));

        assertThat(staff.toJsonObject().get("roles").toString()).isEqualTo("[\"senco\",\"early_years_practitioner\"]");
        assertThat(errorsOf(() -> new StaffSummary(id(3), "Ms Okafor", Set.of()))).extracting(FieldError::field)
                .containsExactly("roles");
    }

    @Test
    void enrolRequest_refusesAnUnknownPlatform_andOverlongNames() {
        String json = "{\"enrolmentCode\":\"K7QF\",\"deviceName\":\"" + "x".repeat(81)
                + "\",\"platform\":\"ios\",\"appVersion\":\"1.0.0\"}";

        assertThat(errorsOf(() -> EnrolRequest.fromJson(json))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("platform", "invalid_value"));
        assertThat(errorsOf(() -> new EnrolRequest("K7QF", "x".repeat(81), DevicePlatform.ANDROID, "1.0.0")))
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("deviceName", "too_long"));
    }

    @Test
    void deviceStatus_wipesExactlyWhenRevoked() {
        Instant at = Instant.parse("2026-11-24T08:02:19Z");

        assertThat(DeviceStatus.of(DEVICE, DeviceState.REVOKED, at).wipe()).isTrue();
        assertThat(DeviceStatus.of(DEVICE, DeviceState.SUSPENDED, at).wipe()).isFalse();
        assertThat(errorsOf(() -> new DeviceStatus(DEVICE, DeviceState.ACTIVE, true, at)))
                .extracting(FieldError::field).containsExactly("wipe");
        assertThat(errorsOf(() -> new DeviceStatus(DEVICE, DeviceState.REVOKED, false, at)))
                .extracting(FieldError::field).containsExactly("wipe");
    }

    @Test
    void photoUpload_isCompleteExactlyWhenEveryByteIsHeld() {
        String sha = "ec146e7f25b5a9e92b070a3f1136830747c14f565eba669fdae319ea198f019e";

        assertThat(new PhotoUploadStatus(sha, 10, 10, true).complete()).isTrue();
        assertThat(errorsOf(() -> new PhotoUploadStatus(sha, 10, 10, false))).extracting(FieldError::field)
                .containsExactly("complete");
        assertThat(errorsOf(() -> new PhotoUploadStatus(sha.toUpperCase(java.util.Locale.ROOT), 0, 1, false)))
                .extracting(FieldError::field).containsExactly("sha256", "size", "received");
        assertThat(errorsOf(() -> new PhotoUploadStatus(sha, SyncLimits.MAX_PHOTO_BYTES + 1, 0, false)))
                .extracting(FieldError::field).containsExactly("size");
    }
}
