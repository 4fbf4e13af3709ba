package uk.graduated.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.Http;
import uk.graduated.server.TestServers;

/** Behaviour every route shares, seen over real HTTP on the real server. */
class WebServerTest {
    private static GraduatedServer server;
    private static Http http;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = TestServers.startOnFreshDatabase(dataDir);
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void unknownRoute_answers404JsonWithTheRequestId() {
        Http.Reply reply = http.get("/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        JsonObject error = reply.json().getAsJsonObject("error");
        assertThat(error.get("code").getAsString()).isEqualTo("not_found");
        assertThat(error.get("message").getAsString()).isNotBlank();
        assertThat(error.get("field").isJsonNull()).isTrue();
        assertThat(error.get("requestId").getAsString()).isEqualTo(reply.header(RequestIds.HEADER)).isNotBlank();
    }

    @Test
    void knownRouteWithWrongMethod_answers405Json() {
        Http.Reply reply = http.post("/health", "{}");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().getAsJsonObject("error").get("code").getAsString()).isEqualTo("method_not_allowed");
    }

    @Test
    void bodyOverTheLimit_answers413JsonBeforeAnyHandlerReadsIt() {
        String body = "\"" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES) + "\"";

        Http.Reply reply = http.post("/health", body);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().getAsJsonObject("error").get("code").getAsString()).isEqualTo("payload_too_large");
    }

    @Test
    void requestId_sentByTheClient_isEchoedInHeaderAndErrorBody() {
        Http.Reply reply = http.get("/no-such-thing", Map.of(RequestIds.HEADER, "tablet-7.req-42"));

        assertThat(reply.header(RequestIds.HEADER)).isEqualTo("tablet-7.req-42");
        assertThat(reply.json().getAsJsonObject("error").get("requestId").getAsString()).isEqualTo("tablet-7.req-42");
    }

    @Test
    void requestId_notSentByTheClient_isGeneratedForEachRequest() {
        String first = http.get("/health").header(RequestIds.HEADER);
        String second = http.get("/health").header(RequestIds.HEADER);

        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }

    @Test
    void requestId_thatCouldForgeLogLines_isReplaced() {
        Http.Reply reply = http.get("/health", Map.of(RequestIds.HEADER, "a b <script>"));

        assertThat(reply.header(RequestIds.HEADER)).isNotEqualTo("a b <script>").matches("[0-9a-f-]{36}");
    }
}
