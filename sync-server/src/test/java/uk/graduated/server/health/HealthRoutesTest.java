package uk.graduated.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.Http;
import uk.graduated.server.TestServers;
import uk.graduated.server.config.BuildInfo;
import uk.graduated.server.config.ExternalDatabase;

class HealthRoutesTest {
    @TempDir
    Path dataDir;

    @Test
    void health_withDatabaseUp_reportsUpWithPostgresVersionAndServerVersion() {
        try (GraduatedServer server = TestServers.startOnFreshDatabase(dataDir)) {
            Http.Reply reply = new Http(server.baseUrl()).get("/health");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("status").getAsString()).isEqualTo("up");
            JsonObject database = reply.json().getAsJsonObject("database");
            assertThat(database.get("status").getAsString()).isEqualTo("up");
            assertThat(database.get("version").getAsString()).startsWith("PostgreSQL 17.6");
            assertThat(database.get("latencyMs").getAsLong()).isNotNegative();
            assertThat(reply.json().get("version").getAsString())
                    .isEqualTo(BuildInfo.version())
                    .matches("\\d+\\.\\d+\\.\\d+.*");
        }
    }

    @Test
    void health_whileDatabaseIsStopped_answers503WithRetryAfter_andRecoversWhenItReturns(@TempDir Path pgData)
            throws IOException, InterruptedException {
        EmbeddedPostgres postgres = startPostgres(pgData, 0);
        int pgPort = postgres.getPort();
        ExternalDatabase database = new ExternalDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        try (GraduatedServer server = GraduatedServer.start(TestServers.config(dataDir, database))) {
            Http http = new Http(server.baseUrl());
            assertThat(http.get("/health").status()).isEqualTo(200);

            postgres.close();
            Http.Reply down = http.get("/health");

            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("Retry-After")).isEqualTo("5");
            assertThat(down.json().get("status").getAsString()).isEqualTo("down");
            assertThat(down.json().getAsJsonObject("database").toString()).isEqualTo("{\"status\":\"down\"}");

            postgres = startPostgres(pgData, pgPort);
            assertThat(awaitStatus(http, 200)).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    /**
     * Polls as a client honouring Retry-After would: pooled connections that died with the old
     * PostgreSQL may each fail one request before the pool replaces them.
     */
    private static int awaitStatus(Http http, int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int status = http.get("/health").status();
        while (status != wanted && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = http.get("/health").status();
        }
        return status;
    }

    private static EmbeddedPostgres startPostgres(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }
}
