package uk.graduated.server.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

class DeviceRoutesTest {
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
    void list_showsTheSchoolsTabletsWithLastSeen_butNoTokens() {
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Year 3 tablet");
        api.withToken(tablet.token()).get("/api/v1/device");

        ApiClient.Reply reply = senco.get("/api/v1/devices");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject listed = find(reply.json().getAsJsonArray("devices"), tablet.id());
        assertThat(listed.get("name").getAsString()).isEqualTo("Year 3 tablet");
        assertThat(listed.get("state").getAsString()).isEqualTo("active");
        assertThat(listed.get("enrolledBy").getAsString()).isEqualTo(school.senco().id().toString());
        assertThat(listed.get("lastSeenAt").isJsonNull()).isFalse();
        assertThat(listed.get("lastSyncAt").isJsonNull()).isTrue();
        assertThat(reply.body()).doesNotContain(tablet.token());
    }

    @Test
    void revoke_stopsTheDeviceTokenAndEverySessionOnItAtOnce_withTheWipeInstruction() {
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Lost tablet");
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        String session = accounts.sessionOnDevice(ta, tablet);

        ApiClient.Reply revoked = senco.post("/api/v1/devices/" + tablet.id() + "/revoke", "{}");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("state").getAsString()).isEqualTo("revoked");
        assertThat(revoked.json().get("revokedBy").getAsString()).isEqualTo(school.senco().id().toString());
        for (String token : new String[] {tablet.token(), session}) {
            ApiClient.Reply refused = api.withToken(token).get("/api/v1/device");
            assertThat(refused.status()).isEqualTo(403);
            ErrorBody error = ErrorBody.fromJson(refused.body());
            assertThat(error.code()).isEqualTo("device_revoked");
            assertThat(error.device().deviceId()).isEqualTo(tablet.id());
            assertThat(error.device().state()).isEqualTo(DeviceState.REVOKED);
            assertThat(error.device().wipe()).isTrue();
        }
        long openSessions = server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from staff_session where device_id = :d and ended_at is null")
                .bind("d", tablet.id()).mapTo(Long.class).one());
        assertThat(openSessions).isZero();
    }

    @Test
    void revoke_twice_keepsTheFirstRevocation() {
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Twice revoked tablet");
        String first = senco.post("/api/v1/devices/" + tablet.id() + "/revoke", "{}").json().get("revokedAt").getAsString();

        ApiClient.Reply again = senco.post("/api/v1/devices/" + tablet.id() + "/revoke", "{}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("revokedAt").getAsString()).isEqualTo(first);
    }

    @Test
    void revoke_ofAnUnknownOrMalformedId_is404() {
        assertThat(senco.post("/api/v1/devices/" + UUID.randomUUID() + "/revoke", "{}").status()).isEqualTo(404);
        assertThat(senco.post("/api/v1/devices/not-an-id/revoke", "{}").status()).isEqualTo(404);
    }

    @Test
    void deviceStatus_withAStaffSession_isForbidden() {
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Nurture room tablet");

        ApiClient.Reply reply = api.withToken(accounts.sessionOnDevice(school.senco(), tablet)).get("/api/v1/device");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("forbidden");
    }

    private static JsonObject find(JsonArray devices, UUID id) {
        for (int i = 0; i < devices.size(); i++) {
            JsonObject device = devices.get(i).getAsJsonObject();
            if (device.get("id").getAsString().equals(id.toString())) {
                return device;
            }
        }
        throw new AssertionError("device " + id + " is not listed");
    }
}
