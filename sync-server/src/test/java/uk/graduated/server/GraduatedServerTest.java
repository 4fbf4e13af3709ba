package uk.graduated.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.config.ServerConfig;

class GraduatedServerTest {
    @TempDir
    Path dataDir;

    @Test
    void embeddedServer_answersHealthFromItsOwnPostgresInTheDataDirectory() {
        try (GraduatedServer server = TestServers.startEmbedded(dataDir)) {
            Http.Reply reply = new Http(server.baseUrl()).get("/health");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(server.baseUrl()).matches("http://localhost:\\d+");
            assertThat(server.databaseDescription()).isEqualTo("embedded PostgreSQL 17.6, data in " + dataDir);
            assertThat(dataDir.resolve("pgdata/PG_VERSION")).hasContent("17");
        }
    }

    @Test
    void start_withPortTaken_failsBeforeTouchingTheDataDirectory() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            ServerConfig config = new ServerConfig("127.0.0.1", taken.getLocalPort(), dataDir, null);

            assertThatThrownBy(() -> GraduatedServer.start(config))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " is already in use: stop the other process or pass --port");
            try (var files = Files.list(dataDir)) {
                assertThat(files).isEmpty();
            }
        }
    }
}
