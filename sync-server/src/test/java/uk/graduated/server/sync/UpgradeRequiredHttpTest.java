package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.GoldenFixtures;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.config.ServerConfig;

/** A server that no longer serves protocol 1 tells a protocol-1 app, over HTTP, to update. */
class UpgradeRequiredHttpTest {
    private static GraduatedServer server;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = GraduatedServer.start(new ServerConfig("127.0.0.1", 0, dataDir, TestPostgres.freshDatabase(),
                new ProtocolVersion(2)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void appOlderThanTheServerServes_gets426_andTheUpdateMessage() throws Exception {
        Request request = new Request.Builder()
                .url(server.baseUrl() + "/api/v1/enrol")
                .header(ProtocolVersion.HEADER, "1")
                .post(RequestBody.create(GoldenFixtures.read("enrol-request"), MediaType.get("application/json")))
                .build();

        try (Response response = new OkHttpClient().newCall(request).execute()) {
            ErrorBody body = ErrorBody.fromJson(response.body().string());
            ErrorBody golden = ErrorBody.fromJson(GoldenFixtures.read("error-upgrade-required"));

            assertThat(response.code()).isEqualTo(426);
            assertThat(body.code()).isEqualTo(golden.code());
            assertThat(body.message()).isEqualTo(golden.message());
        }
    }
}
