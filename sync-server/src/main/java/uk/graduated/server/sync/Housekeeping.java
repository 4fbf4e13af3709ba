package uk.graduated.server.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task the server repeats while it runs, such as purging old tombstones, on a daemon thread of
 * its own. A failed run (the database may be down for a while) is logged and tried again next time.
 */
public final class Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final String name;
    private final Duration interval;
    private final Runnable task;
    private ScheduledExecutorService scheduler;

    public Housekeeping(String name, Duration interval, Runnable task) {
        this.name = name;
        this.interval = interval;
        this.task = task;
    }

    /** Runs the task now and then every interval. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runLogged, 0, interval.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void runLogged() {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("{} failed ({}); it runs again in {}", name, e.getClass().getSimpleName(), interval);
        }
    }
}
