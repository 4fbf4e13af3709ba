package uk.graduated.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.Main;
import uk.graduated.server.TestServers;
import uk.graduated.server.config.ServerConfig;

class LeftoverPostmasterTest {
    @TempDir
    Path dataDir;

    @Test
    void start_afterTheServerWasKilled_stopsItsLeftoverPostgresAndStarts() throws Exception {
        ServerConfig config = TestServers.config(dataDir, null);
        Process killedServer = startServerProcess();
        try {
            awaitStartLine(killedServer);
            killedServer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            ProcessHandle leftover = Postmaster.running(config.embeddedDatabaseDir()).orElseThrow();

            try (Database database = Database.start(config)) {
                assertThat(leftover.isAlive()).isFalse();
                Integer schools = database.jdbi().withHandle(h -> h.createQuery("select count(*) from school")
                        .mapTo(Integer.class).one());
                assertThat(schools).isZero();
            }
        } finally {
            killedServer.destroyForcibly();
        }
    }

    /** The real server in a JVM of its own, so that it can be killed without a chance to clean up. */
    private Process startServerProcess() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", "0", "--data", dataDir.toString()))
                .redirectErrorStream(true)
                .start();
    }

    private static void awaitStartLine(Process server) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("Graduated sync server on http://")) {
                return;
            }
        }
        throw new AssertionError("the server process ended before it started:\n" + seen);
    }
}
