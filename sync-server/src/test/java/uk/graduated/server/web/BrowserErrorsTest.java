package uk.graduated.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.proof.RawHttp;

/**
 * Failures on the console's paths that happen before a console page runs are HTML pages, and broken
 * paths or long addresses are refusals, not server errors. Each was found by the bad-input run
 * ({@code proof.fuzz.BadInputFuzzTest}).
 */
class BrowserErrorsTest {
    private static GraduatedServer server;
    private static RawHttp http;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = TestServers.startOnFreshDatabase(dataDir);
        http = new RawHttp(Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void consoleFormOverTheBodyLimit_isAnHtmlPage_notTheApisJson() throws IOException {
        byte[] body = new byte[(int) WebServer.MAX_REQUEST_BYTES + 1];
        Arrays.fill(body, (byte) 'x');

        RawHttp.Reply reply = http.send(RawHttp.Request.of("POST", "/console/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded").body(body));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.text()).contains("<html").contains("The form is too large").doesNotContain("payload_too_large");
    }

    @Test
    void consolePathWithAWrongMethod_isAnHtmlPage() throws IOException {
        RawHttp.Reply reply = http.send(RawHttp.Request.of("PUT", "/console/home").body(new byte[0]));

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void consolePageWithAQueryLongerThanSignInReturnsTo_redirectsWithoutIt_insteadOfOverflowingTheHeaders()
            throws IOException {
        String query = "?" + "x=1&".repeat(1_900);

        RawHttp.Reply reply = http.send(RawHttp.Request.of("GET", "/console/register" + query));

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/console/sign-in");
    }
}
