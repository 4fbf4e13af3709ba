package uk.graduated.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.graduated.server.StartupException;

/**
 * A real PostgreSQL run from the binaries shipped in the jar, keeping its data in {@code pgdata/}
 * of the data directory so a restart finds everything again.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
    static final String SUPERUSER = "postgres";
    static final String DATABASE = "postgres";
    /** The first start unpacks the binaries and runs initdb; a slow disk needs more than the library's 10 s. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final long STOP_WAIT_SECONDS = 30;

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final Optional<ProcessHandle> postmaster;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
        this.postmaster = Postmaster.running(directory);
    }

    static EmbeddedPostgresServer start(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartupException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        DataDirectoryLock.ensureFree(directory);
        LeftoverPostmaster.stopIfPresent(directory);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            return new EmbeddedPostgresServer(postgres, directory);
        } catch (IOException | RuntimeException e) {
            throw new StartupException("Embedded PostgreSQL did not start in " + directory + ": " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE);
    }

    /**
     * Stops PostgreSQL and waits for its process to end. The library also stops it from a JVM shutdown
     * hook of its own, which the JVM may run at the same time as ours; then the library's close
     * returns at once, and waiting on the process is what makes "stopped" true when this returns.
     */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (postmaster.isPresent()) {
            awaitExit(postmaster.get());
        }
    }

    private void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + process.pid() + ") in " + directory
                    + " did not stop within " + STOP_WAIT_SECONDS + " s", e);
        }
    }
}
