package uk.graduated.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import uk.graduated.server.StartupException;
import uk.graduated.server.config.ServerConfig;
import uk.graduated.server.health.HealthCheck;
import uk.graduated.server.health.HealthRoutes;

class BindFailuresTest {
    @Test
    void describe_javalinBindFailure_givesThePortInUseSentence() {
        // The chain Javalin 6 throws when Jetty cannot bind.
        Exception failure = new JavalinBindException("Port already in use. Make sure no other process is using port 7070 and try again.",
                new IOException("Failed to bind to 0.0.0.0/0.0.0.0:7070", new BindException("Address already in use")));

        assertThat(BindFailures.describe(failure, "0.0.0.0", 7070))
                .contains("Port 7070 is already in use: stop the other process or pass --port");
    }

    @Test
    void describe_hostNotOfThisMachine_saysSoInsteadOfBlamingThePort() {
        Exception failure = new IOException("Failed to bind to /192.0.2.1:7070",
                new BindException("Cannot assign requested address"));

        assertThat(BindFailures.describe(failure, "192.0.2.1", 7070)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Cannot listen on 192.0.2.1: it is not an address of this machine"));
    }

    @Test
    void describe_failureThatIsNotABindFailure_givesNothing() {
        assertThat(BindFailures.describe(new IllegalStateException("boom", new SQLException("x")), "127.0.0.1", 7070))
                .isEmpty();
    }

    @Test
    void ensurePortFree_withPortTaken_failsWithThePortInUseSentence() throws IOException {
        try (ServerSocket taken = bindLoopback()) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> BindFailures.ensurePortFree("127.0.0.1", port))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("Port " + port + " is already in use: stop the other process or pass --port");
        }
    }

    @Test
    void webServerStart_losingTheRaceForThePort_failsWithThePortInUseSentence() throws IOException {
        // A Jdbi that never connects: this server is never asked for /health.
        HealthRoutes health = new HealthRoutes(new HealthCheck(Jdbi.create("jdbc:postgresql://127.0.0.1:1/unused")));
        try (ServerSocket taken = bindLoopback()) {
            int port = taken.getLocalPort();
            ServerConfig config = new ServerConfig("127.0.0.1", port, Path.of("unused"), null);

            assertThatThrownBy(() -> WebServer.start(config, java.util.List.of(health)))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("Port " + port + " is already in use: stop the other process or pass --port");
        }
    }

    private static ServerSocket bindLoopback() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return socket;
    }
}
