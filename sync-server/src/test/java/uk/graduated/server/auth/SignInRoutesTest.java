package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/** Sign-in and sign-out over HTTP. Fewer than 20 password attempts in all: the per-address limit. */
class SignInRoutesTest {
    @TempDir
    static Path dataDir;
    static GraduatedServer server;
    static TestAccounts accounts;
    static ApiClient api;
    static TestAccounts.School school;
    static TestAccounts.Device tablet;

    @BeforeAll
    static void start() {
        server = TestServers.startOnFreshDatabase(dataDir);
        accounts = new TestAccounts(server.database());
        api = new ApiClient(server.baseUrl());
        school = accounts.createSchool("Larkspur Vale Primary School");
        tablet = accounts.enrolDevice(school, "Rainbow Room tablet");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void passwordSignIn_withRightPassword_opensAConsoleSessionThatWorks() {
        ApiClient.Reply reply = api.post("/api/v1/session/password", passwordBody(school.senco().email(), TestAccounts.PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
        SessionResponse session = SessionResponse.fromJson(reply.body());
        assertThat(session.staff().id()).isEqualTo(school.senco().id());
        assertThat(session.staff().roles()).containsExactly(Role.SENCO);
        assertThat(api.withToken(session.token()).get("/api/v1/staff").status()).isEqualTo(200);
    }

    @Test
    void passwordSignIn_ignoresTheCaseOfTheAddress() {
        ApiClient.Reply reply = api.post("/api/v1/session/password",
                passwordBody(school.senco().email().toUpperCase(Locale.ROOT), TestAccounts.PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void passwordSignIn_wrongPasswordAndUnknownAddress_getTheSameAnswer() {
        TestAccounts.Person teacher = accounts.createStaff(school, "Mr Brennan", Role.TEACHER);

        ApiClient.Reply wrongPassword = api.post("/api/v1/session/password", passwordBody(teacher.email(), "not-the-password"));
        ApiClient.Reply unknownAddress = api.post("/api/v1/session/password",
                passwordBody("nobody.here@school.example.org", "not-the-password"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownAddress.status()).isEqualTo(401);
        assertThat(withoutRequestId(wrongPassword)).isEqualTo(withoutRequestId(unknownAddress));
        assertThat(wrongPassword.errorCode()).isEqualTo("unauthenticated");
    }

    @Test
    void passwordSignIn_afterFiveWrongPasswords_refusesEvenTheRightOneFor15Minutes() {
        TestAccounts.Person admin = accounts.createStaff(school, "Mrs Lindqvist", Role.ADMIN);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/session/password", passwordBody(admin.email(), "wrong-" + i)).status())
                    .isEqualTo(401);
        }

        ApiClient.Reply locked = api.post("/api/v1/session/password", passwordBody(admin.email(), TestAccounts.PASSWORD));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.errorCode()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
    }

    @Test
    void passwordSignIn_unknownAddress_locksAfterFiveTriesLikeARealAccount() {
        String unknown = "no.such.person@school.example.org";
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/session/password", passwordBody(unknown, "guess-" + i)).status()).isEqualTo(401);
        }

        ApiClient.Reply locked = api.post("/api/v1/session/password", passwordBody(unknown, "guess-5"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
    }

    @Test
    void pinSignIn_withDeviceTokenAndRightPin_opensASessionBoundToTheDevice() {
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);

        ApiClient.Reply reply = api.withToken(tablet.token()).post("/api/v1/session/pin", pinBody(ta, TestAccounts.PIN));

        assertThat(reply.status()).isEqualTo(200);
        SessionResponse session = SessionResponse.fromJson(reply.body());
        assertThat(session.staff().id()).isEqualTo(ta.id());
        assertThat(session.staff().displayName()).isEqualTo("Mr Adeyemi");
        assertThat(session.token()).startsWith(Tokens.SESSION_PREFIX);
        assertThat(session.expiresAt()).isBetween(Instant.now().plusSeconds(11 * 3600),
                Instant.now().plusSeconds(12 * 3600 + 60));
    }

    @Test
    void pinSignIn_wrongPin_is401PinInvalidWithoutEchoingThePin() {
        TestAccounts.Person ta = accounts.createStaff(school, "Ms Ferreira", Role.TEACHING_ASSISTANT);

        ApiClient.Reply reply = api.withToken(tablet.token()).post("/api/v1/session/pin", pinBody(ta, "9073"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("pin_invalid");
        assertThat(reply.body()).doesNotContain("9073");
    }

    @Test
    void pinSignIn_afterFiveWrongPins_is429WithRetryAfterEvenForTheRightPin() {
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Okonkwo", Role.TEACHING_ASSISTANT);
        ApiClient device = api.withToken(tablet.token());
        for (int i = 0; i < 5; i++) {
            assertThat(device.post("/api/v1/session/pin", pinBody(ta, "907" + i)).status()).isEqualTo(401);
        }

        ApiClient.Reply locked = device.post("/api/v1/session/pin", pinBody(ta, TestAccounts.PIN));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.errorCode()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
    }

    @Test
    void pinSignIn_forAPersonOfAnotherSchool_isPinInvalid() {
        TestAccounts.School other = accounts.createSchool("Hollowmere Infant School");

        ApiClient.Reply reply = api.withToken(tablet.token()).post("/api/v1/session/pin", pinBody(other.senco(), TestAccounts.PIN));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo("pin_invalid");
    }

    @Test
    void pinSignIn_withAStaffSessionToken_isForbidden() {
        String session = accounts.sessionOnDevice(school.senco(), tablet);

        ApiClient.Reply reply = api.withToken(session).post("/api/v1/session/pin", pinBody(school.senco(), TestAccounts.PIN));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorCode()).isEqualTo("forbidden");
    }

    @Test
    void pinSignIn_withPinOfLetters_is400NamingThePin() {
        ApiClient.Reply reply = api.withToken(tablet.token()).post("/api/v1/session/pin", pinBody(school.senco(), "12ab"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("validation_failed");
        assertThat(reply.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("pin");
    }

    @Test
    void pinSignIn_withAnotherContentType_is415() {
        ApiClient.Reply reply = api.withToken(tablet.token())
                .post("/api/v1/session/pin", pinBody(school.senco(), TestAccounts.PIN), "text/plain");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.errorCode()).isEqualTo("unsupported_media_type");
    }

    @Test
    void signOut_endsTheSession_soItsTokenThenGetsSessionExpired() {
        String session = accounts.sessionOnDevice(school.senco(), tablet);

        ApiClient.Reply signedOut = api.withToken(session).post("/api/v1/session/end", "{}");
        ApiClient.Reply after = api.withToken(session).get("/api/v1/staff");

        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.errorCode()).isEqualTo("session_expired");
    }

    @Test
    void signOut_withTheDeviceToken_isForbidden() {
        assertThat(api.withToken(tablet.token()).post("/api/v1/session/end", "{}").status()).isEqualTo(403);
    }

    @Test
    void protectedRoute_withoutOrWithAnUnknownToken_is401Unauthenticated() {
        ApiClient.Reply none = api.get("/api/v1/staff");
        ApiClient.Reply unknown = api.withToken(Tokens.newSessionToken()).get("/api/v1/staff");
        ApiClient.Reply garbage = api.withToken("not a token").get("/api/v1/staff");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("unauthenticated");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(garbage.status()).isEqualTo(401);
    }

    @Test
    void unknownApiPath_withoutAToken_isStill404() {
        assertThat(api.get("/api/v1/nothing-here").status()).isEqualTo(404);
    }

    static String passwordBody(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    static String pinBody(TestAccounts.Person person, String pin) {
        return "{\"staffId\":\"" + person.id() + "\",\"pin\":\"" + pin + "\"}";
    }

    private static String withoutRequestId(ApiClient.Reply reply) {
        JsonObject error = reply.json().getAsJsonObject("error").deepCopy();
        error.remove("requestId");
        return error.toString();
    }
}
