package uk.graduated.server.sync;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import uk.graduated.server.auth.ApiException;

/**
 * Lets as many pushes and pulls work at once as the database pool has connections, and queues the
 * rest in arrival order. Without it, a burst of tablets (a whole school syncing at the bell) waits
 * at the pool instead, whose short timeout is there to notice an outage, and many would be told
 * the database is unavailable when it is only busy. A request that waits longer than
 * {@code maxWait} is answered 503 with {@code Retry-After}.
 */
final class SyncGate {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Semaphore permits;
    private final Duration maxWait;

    SyncGate(int concurrent, Duration maxWait) {
        this.permits = new Semaphore(concurrent, true);
        this.maxWait = maxWait;
    }

    <T> T run(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.busy(RETRY_AFTER);
        }
        if (!admitted) {
            throw ApiException.busy(RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
