package uk.graduated.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.graduated.server.proof.RawHttp;

/**
 * Found by the bad-input run: Javalin decodes a path parameter that Jetty let through with a broken
 * percent-escape ({@code "%?a"}) and throws, which was answered 500. The handler here throws exactly
 * what Javalin's path matcher threw.
 */
class UndecodablePathTest {
    private final Javalin app = WebServer.newApp();

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void pathParameterThatCannotBeDecoded_isNotFound_asJsonForTheApi_andAPageForTheConsole() throws IOException {
        app.get("/api/v1/things/{id}", ctx -> URLDecoder.decode("%?a", StandardCharsets.UTF_8));
        app.get("/console/things/{id}", ctx -> URLDecoder.decode("%?a", StandardCharsets.UTF_8));
        app.start("127.0.0.1", 0);
        RawHttp http = new RawHttp(app.port());

        RawHttp.Reply api = http.send(RawHttp.Request.of("GET", "/api/v1/things/x"));
        RawHttp.Reply console = http.send(RawHttp.Request.of("GET", "/console/things/x"));

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.text()).contains("\"not_found\"");
        assertThat(console.status()).isEqualTo(404);
        assertThat(console.header("Content-Type")).startsWith("text/html");
        assertThat(console.text()).contains("Page not found");
    }
}
