package uk.graduated.server.proof.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import uk.graduated.server.Main;
import uk.graduated.server.config.ExternalDatabase;

/**
 * The real server in a JVM of its own ({@code java -cp <this test's class path> uk.graduated.server.Main}),
 * on a PostgreSQL the test owns, so it can be killed with SIGKILL and started again on the same data.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits until {@code /health} answers 200. */
    static ServerProcess start(ExternalDatabase database, Path dataDir, int port, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--data", dataDir.toString(),
                "--jdbc-url", database.jdbcUrl(), "--db-user", database.user());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerProcess server = new ServerProcess(process, port);
        server.awaitHealthy();
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitHealthy() throws InterruptedException {
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server process exited with " + process.exitValue());
            }
            try (Response response = client.newCall(new Request.Builder().url(baseUrl() + "/health").build()).execute()) {
                if (response.code() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not become healthy within " + START_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
