package uk.graduated.server.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.server.StartupException;

/**
 * PostgreSQL runs as its own process. If the server was killed (kill -9, out of memory) it keeps
 * running and holds the data directory, so the next start would fail. Called only when no live
 * server holds the directory's lock, so a PostgreSQL found here belongs to no one.
 */
final class LeftoverPostmaster {
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private LeftoverPostmaster() {
    }

    static void stopIfPresent(Path pgDataDirectory) {
        Optional<ProcessHandle> leftover = Postmaster.running(pgDataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle process = leftover.get();
        // SIGTERM: PostgreSQL shuts down cleanly once its sessions end, and they died with the old server.
        process.destroy();
        try {
            process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new StartupException("PostgreSQL (pid " + process.pid() + ") left running by an earlier server"
                    + " still holds " + pgDataDirectory + " and did not stop: stop it, then start again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while stopping a leftover PostgreSQL (pid " + process.pid() + ")");
        }
        log.warn("Stopped PostgreSQL (pid {}) left running by an earlier server that did not shut down cleanly",
                process.pid());
    }
}
