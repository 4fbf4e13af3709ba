package uk.graduated.server.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.DeviceStatus;
import uk.graduated.model.sync.EnrolResponse;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/** Enrolment codes and enrolment over HTTP. Fewer than 10 wrong codes, except in the test that wants 429. */
class EnrolmentRoutesTest {
    @TempDir
    static Path dataDir;
    static GraduatedServer server;
    static TestAccounts accounts;
    static ApiClient api;
    static TestAccounts.School school;
    static ApiClient senco;

    @BeforeAll
    static void start() {
        server = TestServers.startOnFreshDatabase(dataDir);
        accounts = new TestAccounts(server.database());
        api = new ApiClient(server.baseUrl());
        school = accounts.createSchool("Larkspur Vale Primary School");
        senco = api.withToken(accounts.consoleSession(school.senco()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void issueCode_bySenco_isEightCharactersShownInTwoGroups_validFor15Minutes() {
        ApiClient.Reply reply = senco.post("/api/v1/enrolment-codes", "{}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("code").getAsString()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        Instant expiresAt = Instant.parse(reply.json().get("expiresAt").getAsString());
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void issueCode_byAnAdmin_isAllowed_byATeachingAssistant_isForbidden() {
        TestAccounts.Person admin = accounts.createStaff(school, "Mrs Lindqvist", Role.ADMIN);
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);

        assertThat(api.withToken(accounts.consoleSession(admin)).post("/api/v1/enrolment-codes", "{}").status())
                .isEqualTo(201);
        assertThat(api.withToken(accounts.consoleSession(ta)).post("/api/v1/enrolment-codes", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void enrol_withAFreshCode_givesADeviceTokenThatReadsTheDeviceStatus() {
        String code = newCode();

        ApiClient.Reply reply = api.post("/api/v1/enrol", enrolBody(code, "Rainbow Room tablet"));

        assertThat(reply.status()).isEqualTo(200);
        EnrolResponse enrolled = EnrolResponse.fromJson(reply.body());
        assertThat(enrolled.schoolId()).isEqualTo(school.id());
        assertThat(enrolled.schoolName()).isEqualTo("Larkspur Vale Primary School");
        ApiClient.Reply status = api.withToken(enrolled.deviceToken()).get("/api/v1/device");
        assertThat(status.status()).isEqualTo(200);
        DeviceStatus device = DeviceStatus.fromJson(status.body());
        assertThat(device.deviceId()).isEqualTo(enrolled.deviceId());
        assertThat(device.state()).isEqualTo(DeviceState.ACTIVE);
        assertThat(device.wipe()).isFalse();
    }

    @Test
    void enrol_acceptsTheCodeInLowerCaseWithSpacesAndWithoutTheDash() {
        String typed = " " + newCode().replace("-", " ").toLowerCase(Locale.ROOT) + " ";

        assertThat(api.post("/api/v1/enrol", enrolBody(typed, "Year 6 tablet")).status()).isEqualTo(200);
    }

    @Test
    void enrol_withACodeAlreadyUsed_is401EnrolmentCodeInvalid() {
        String code = newCode();
        assertThat(api.post("/api/v1/enrol", enrolBody(code, "First tablet")).status()).isEqualTo(200);

        ApiClient.Reply again = api.post("/api/v1/enrol", enrolBody(code, "Second tablet"));

        assertThat(again.status()).isEqualTo(401);
        assertThat(again.errorCode()).isEqualTo("enrolment_code_invalid");
        assertThat(again.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("enrolmentCode");
    }

    @Test
    void enrol_withAnUnknownCode_getsTheSameAnswerAsAUsedOne() {
        ApiClient.Reply unknown = api.post("/api/v1/enrol", enrolBody("ZZZZ-9999", "Stray tablet"));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.errorCode()).isEqualTo("enrolment_code_invalid");
    }

    @Test
    void enrol_withoutADeviceName_is400NamingTheField() {
        ApiClient.Reply reply = api.post("/api/v1/enrol",
                "{\"enrolmentCode\":\"" + newCode() + "\",\"platform\":\"android\",\"appVersion\":\"1.0.0\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("deviceName");
    }

    @Test
    void enrol_withADeviceNameOf80Characters_isAccepted() {
        assertThat(api.post("/api/v1/enrol", enrolBody(newCode(), "T".repeat(80))).status()).isEqualTo(200);
    }

    @Test
    void enrol_withoutTheProtocolHeader_is400_andTheReplyNamesTheServersVersion() {
        ApiClient.Reply reply = api.withProtocolVersion(null).post("/api/v1/enrol", enrolBody(newCode(), "Old tablet"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("protocol_version_required");
        assertThat(reply.header("Graduated-Protocol")).isEqualTo("1");
    }

    @Test
    void pinSignIn_fromAnAppOfANewerProtocol_is400Unsupported() {
        ApiClient.Reply reply = api.withProtocolVersion("2").withToken(accounts.enrolDevice(school, "New app").token())
                .post("/api/v1/session/pin", "{\"staffId\":\"" + school.senco().id() + "\",\"pin\":\"4821\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("protocol_version_unsupported");
    }

    private static String newCode() {
        return senco.post("/api/v1/enrolment-codes", "{}").json().get("code").getAsString();
    }

    static String enrolBody(String code, String deviceName) {
        return "{\"enrolmentCode\":\"" + code + "\",\"deviceName\":\"" + deviceName
                + "\",\"platform\":\"android\",\"appVersion\":\"1.0.0\"}";
    }
}
