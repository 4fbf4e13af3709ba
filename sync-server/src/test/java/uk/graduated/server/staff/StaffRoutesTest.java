package uk.graduated.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

class StaffRoutesTest {
    @TempDir
    static Path dataDir;
    static GraduatedServer server;
    static TestAccounts accounts;
    static ApiClient api;
    static TestAccounts.School school;
    static ApiClient senco;
    static ApiClient admin;

    @BeforeAll
    static void start() {
        server = TestServers.startOnFreshDatabase(dataDir);
        accounts = new TestAccounts(server.database());
        api = new ApiClient(server.baseUrl());
        school = accounts.createSchool("Larkspur Vale Primary School");
        senco = api.withToken(accounts.consoleSession(school.senco()));
        admin = api.withToken(accounts.consoleSession(accounts.createStaff(school, "Mrs Lindqvist", Role.ADMIN)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void create_byAnAdmin_addsATeachingAssistantWithClasses_thenListed() {
        UUID id = UUID.randomUUID();

        ApiClient.Reply created = admin.post("/api/v1/staff", newStaff(id, "Mr Adeyemi", "teaching_assistant",
                "[\"Year 2\", \"Year 3\"]"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").getAsString()).isEqualTo(id.toString());
        assertThat(created.json().get("classes").toString()).isEqualTo("[\"Year 2\",\"Year 3\"]");
        assertThat(created.json().get("hasPin").getAsBoolean()).isFalse();
        assertThat(senco.get("/api/v1/staff").body()).contains(id.toString());
    }

    @Test
    void create_withInvalidFields_is400NamingEachOne() {
        ApiClient.Reply reply = senco.post("/api/v1/staff", "{\"id\":\"" + UUID.randomUUID()
                + "\",\"displayName\":\"\",\"email\":\"no-at-sign\",\"roles\":[\"headteacher\"],\"classes\":[\"A\",\"a\"]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).contains("displayName", "roles[0]", "classes[1]");
    }

    @Test
    void create_withAnEmailAlreadyUsedAtTheSchool_is400NamingEmail() {
        ApiClient.Reply reply = senco.post("/api/v1/staff", "{\"id\":\"" + UUID.randomUUID()
                + "\",\"displayName\":\"Ms Copy\",\"email\":\"" + school.senco().email().toUpperCase(java.util.Locale.ROOT)
                + "\",\"roles\":[\"teacher\"]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("email");
    }

    @Test
    void adminGrantingTheSencoRole_isForbidden_aSencoMayGrantIt() {
        UUID id = UUID.randomUUID();

        assertThat(admin.post("/api/v1/staff", newStaff(id, "Ms Marchetti", "senco", "[]")).status()).isEqualTo(403);
        assertThat(senco.post("/api/v1/staff", newStaff(id, "Ms Marchetti", "senco", "[]")).status()).isEqualTo(201);
    }

    @Test
    void adminEditingASencosAccount_isForbidden() {
        TestAccounts.Person deputy = accounts.createStaff(school, "Mr Holloway", Role.SENCO, Role.TEACHER);

        ApiClient.Reply reply = admin.patch("/api/v1/staff/" + deputy.id(), "{\"active\":false}");

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void adminPromotingThemselves_isForbidden() {
        TestAccounts.Person other = accounts.createStaff(school, "Mr Nakamura", Role.ADMIN);

        ApiClient.Reply reply = api.withToken(accounts.consoleSession(other))
                .patch("/api/v1/staff/" + other.id(), "{\"roles\":[\"admin\",\"senco\"]}");

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void removingTheLastActiveSenco_is400LastSenco() {
        TestAccounts.School small = accounts.createSchool("Hollowmere Infant School");
        ApiClient onlySenco = api.withToken(accounts.consoleSession(small.senco()));

        ApiClient.Reply demote = onlySenco.patch("/api/v1/staff/" + small.senco().id(), "{\"roles\":[\"teacher\"]}");
        ApiClient.Reply deactivate = onlySenco.patch("/api/v1/staff/" + small.senco().id(), "{\"active\":false}");

        assertThat(demote.status()).isEqualTo(400);
        assertThat(demote.json().getAsJsonObject("error").get("errors").toString()).contains("last_senco");
        assertThat(deactivate.status()).isEqualTo(400);
        assertThat(deactivate.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("active");
    }

    @Test
    void update_changesOnlyTheMembersSent() {
        TestAccounts.Person teacher = accounts.createStaff(school, "Ms Ivanova", Set.of(Role.TEACHER), List.of("Year 5"));

        ApiClient.Reply reply = senco.patch("/api/v1/staff/" + teacher.id(), "{\"classes\":[\"Year 6\"]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("classes").toString()).isEqualTo("[\"Year 6\"]");
        assertThat(reply.json().get("displayName").getAsString()).isEqualTo("Ms Ivanova");
        assertThat(reply.json().get("roles").toString()).isEqualTo("[\"teacher\"]");
    }

    @Test
    void deactivating_endsThePersonsSessionsAtOnce() {
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Okonkwo", Role.TEACHING_ASSISTANT);
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Hall tablet");
        String session = accounts.sessionOnDevice(ta, tablet);

        assertThat(senco.patch("/api/v1/staff/" + ta.id(), "{\"active\":false}").status()).isEqualTo(200);

        assertThat(api.withToken(session).post("/api/v1/session/end", "{}").status()).isEqualTo(401);
        assertThat(api.withToken(tablet.token()).post("/api/v1/session/pin", pinBody(ta.id(), TestAccounts.PIN)).status())
                .isEqualTo(401);
    }

    @Test
    void update_ofAnotherSchoolsStaff_is404() {
        TestAccounts.School other = accounts.createSchool("Brackenfold Nursery");

        assertThat(senco.patch("/api/v1/staff/" + other.senco().id(), "{\"displayName\":\"Taken over\"}").status())
                .isEqualTo(404);
    }

    @Test
    void setOwnPin_thenPinSignInWorksWithTheNewOne() {
        TestAccounts.Person ta = accounts.createStaff(school, "Ms Ferreira", Role.TEACHING_ASSISTANT);
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Library tablet");
        ApiClient self = api.withToken(accounts.sessionOnDevice(ta, tablet));

        assertThat(self.post("/api/v1/staff/" + ta.id() + "/pin", "{\"pin\":\"290417\"}").status()).isEqualTo(204);

        ApiClient device = api.withToken(tablet.token());
        assertThat(device.post("/api/v1/session/pin", pinBody(ta.id(), "290417")).status()).isEqualTo(200);
        assertThat(device.post("/api/v1/session/pin", pinBody(ta.id(), TestAccounts.PIN)).status()).isEqualTo(401);
    }

    @Test
    void setPin_weakOrMalformed_is400() {
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Quayle", Role.TEACHING_ASSISTANT);

        ApiClient.Reply weak = senco.post("/api/v1/staff/" + ta.id() + "/pin", "{\"pin\":\"1234\"}");
        ApiClient.Reply number = senco.post("/api/v1/staff/" + ta.id() + "/pin", "{\"pin\":4821}");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("too_weak").doesNotContain("1234");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("pin");
    }

    @Test
    void setPinOfSomeoneElse_byATeachingAssistant_isForbidden_byTheSencoIsAllowed() {
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Adair", Role.TEACHING_ASSISTANT);
        TestAccounts.Person other = accounts.createStaff(school, "Ms Blackwood", Role.TEACHING_ASSISTANT);

        assertThat(api.withToken(accounts.consoleSession(ta)).post("/api/v1/staff/" + other.id() + "/pin",
                "{\"pin\":\"7305\"}").status()).isEqualTo(403);
        assertThat(senco.post("/api/v1/staff/" + other.id() + "/pin", "{\"pin\":\"7305\"}").status()).isEqualTo(204);
    }

    @Test
    void setPinOfASenco_byAnAdmin_isForbidden() {
        assertThat(admin.post("/api/v1/staff/" + school.senco().id() + "/pin", "{\"pin\":\"7305\"}").status())
                .isEqualTo(403);
    }

    @Test
    void changeOwnPassword_needsTheCurrentOne() {
        TestAccounts.Person teacher = accounts.createStaff(school, "Mr Brennan", Role.TEACHER);
        ApiClient self = api.withToken(accounts.consoleSession(teacher));

        ApiClient.Reply without = self.post("/api/v1/staff/" + teacher.id() + "/password",
                "{\"password\":\"a-much-longer-password\"}");
        ApiClient.Reply with = self.post("/api/v1/staff/" + teacher.id() + "/password",
                "{\"password\":\"a-much-longer-password\",\"currentPassword\":\"" + TestAccounts.PASSWORD + "\"}");

        assertThat(without.status()).isEqualTo(400);
        assertThat(without.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("currentPassword");
        assertThat(with.status()).isEqualTo(204);
        assertThat(api.post("/api/v1/session/password", "{\"email\":\"" + teacher.email()
                + "\",\"password\":\"a-much-longer-password\"}").status()).isEqualTo(200);
    }

    @Test
    void staffList_byATeacher_isForbidden() {
        TestAccounts.Person teacher = accounts.createStaff(school, "Ms Osei", Role.TEACHER);

        assertThat(api.withToken(accounts.consoleSession(teacher)).get("/api/v1/staff").status()).isEqualTo(403);
    }

    private static String newStaff(UUID id, String name, String role, String classes) {
        return "{\"id\":\"" + id + "\",\"displayName\":\"" + name + "\",\"email\":\"" + id
                + "@school.example.org\",\"roles\":[\"" + role + "\"],\"classes\":" + classes + "}";
    }

    private static String pinBody(UUID staffId, String pin) {
        return "{\"staffId\":\"" + staffId + "\",\"pin\":\"" + pin + "\"}";
    }

    private static List<String> fields(ApiClient.Reply reply) {
        List<String> fields = new java.util.ArrayList<>();
        reply.json().getAsJsonObject("error").getAsJsonArray("errors")
                .forEach(e -> fields.add(((JsonObject) e).get("field").getAsString()));
        return fields;
    }
}
