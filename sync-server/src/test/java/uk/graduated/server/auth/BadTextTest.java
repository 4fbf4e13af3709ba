package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleHttp;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/** Text that cannot be stored as sent is refused with a 4xx naming why, found by the bad-input run. */
class BadTextTest {
    private static GraduatedServer server;
    private static TestAccounts accounts;
    private static TestAccounts.School school;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = TestServers.startOnFreshDatabase(dataDir);
        accounts = new TestAccounts(server.database());
        school = accounts.createSchool("Larkspur Vale Primary School");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void accountApi_bodyWithInvalidUtf8_isRefused_notStoredWithReplacementCharacters() throws IOException {
        UUID id = UUID.randomUUID();
        byte[] start = ("{\"id\":\"" + id + "\",\"displayName\":\"Mr O").getBytes(StandardCharsets.UTF_8);
        byte[] end = ("konjo\",\"email\":\"" + id + "@school.example.org\",\"roles\":[\"teacher\"]}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + 1 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        body[start.length] = (byte) 0xFF;
        System.arraycopy(end, 0, body, start.length + 1, end.length);
        int port = Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));

        RawHttp.Reply reply = new RawHttp(port).send(RawHttp.Request.of("POST", "/api/v1/staff")
                .header("Authorization", "Bearer " + accounts.consoleSession(school.senco()))
                .header("Content-Type", "application/json").body(body));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text()).contains("\"invalid_json\"").contains("not valid UTF-8");
        assertThat(staffRows(id)).isZero();
    }

    @Test
    void textWithNul_isAValidationErrorNamingTheField_notAServerError() {
        UUID id = UUID.randomUUID();
        ApiClient api = new ApiClient(server.baseUrl()).withToken(accounts.consoleSession(school.senco()));

        ApiClient.Reply reply = api.post("/api/v1/staff", "{\"id\":\"" + id + "\",\"displayName\":\"Mr O\\u0000konjo\","
                + "\"email\":\"" + id + "@school.example.org\",\"roles\":[\"teacher\"]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getAsJsonObject("error").get("field").getAsString()).isEqualTo("displayName");
        assertThat(staffRows(id)).isZero();
    }

    @Test
    void consoleSignIn_emailWithNul_isAFormError_notAServerError() {
        ConsoleHttp.Reply reply = new ConsoleHttp(server.baseUrl()).signIn("ms.okafor\u0000@school.example.org",
                TestAccounts.PASSWORD);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
    }

    private static int staffRows(UUID id) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select count(*) from staff where id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }
}
