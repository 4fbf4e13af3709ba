package uk.graduated.app.sync.engine;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import uk.graduated.app.core.Clock;
import uk.graduated.model.sync.SyncLimits;
import uk.graduated.model.validation.ValidationException;

/**
 * One sync round for one scope: push, then pull, then photos (protocol section 8.6). Plain Java
 * behind interfaces, so it runs the same under the JobScheduler, in a unit test with fakes and in
 * a simulation of many tablets. A round never throws: everything it did and why it stopped is in
 * the {@link SyncResult}.
 */
public final class SyncEngine {
    private final LocalStores local;
    private final Clock clock;
    private final Backoff backoff;
    private final Pusher pusher;
    private final Puller puller;
    private final PhotoUploader photos;

    /**
     * Pulls the largest pages the protocol allows (half the round trips of its default for a first
     * sync), each next page requested on its own thread while the one before it is applied: a first
     * sync is then bound by the local store, not by round trips.
     */
    public SyncEngine(UUID deviceId, LocalStores local, SyncTransport transport, Clock clock, Backoff backoff) {
        this(deviceId, local, transport, clock, backoff, SyncLimits.MAX_PULL_LIMIT, PageAhead.OWN_THREAD);
    }

    /**
     * @param pullPageSize changes per pull page, within the protocol's limits
     * @param pullAhead    runs the request for the next pull page while a page is applied; an
     *                     executor that runs it at once, on the engine's thread, keeps a round on
     *                     one thread (the order of every step is then fixed, as a seeded simulation
     *                     needs)
     */
    public SyncEngine(UUID deviceId, LocalStores local, SyncTransport transport, Clock clock, Backoff backoff,
                      int pullPageSize, Executor pullAhead) {
        this.local = local;
        this.clock = clock;
        this.backoff = backoff;
        this.pusher = new Pusher(deviceId, local.outbox(), transport);
        this.puller = new Puller(local.cursors(), local.applier(), transport, pullPageSize, pullAhead);
        this.photos = new PhotoUploader(local.photos(), transport);
    }

    public SyncResult sync(SyncScope scope) {
        return sync(scope, () -> false);
    }

    /**
     * Runs a round, checking {@code stopRequested} between requests (the system may take the
     * network away from a background job at any time).
     */
    public SyncResult sync(SyncScope scope, BooleanSupplier stopRequested) {
        SyncTally tally = new SyncTally(scope);
        try {
            if (!scope.isDevice()) {
                // Push first, so the pull that follows carries the server's result of these changes
                // and cannot undo work still in the outbox. The device token cannot push.
                pusher.pushAll(scope, tally, stopRequested);
            }
            puller.pullAll(scope, tally, stopRequested);
            if (!scope.isDevice()) {
                // Photos last: the records that refer to them are already safe on the server, which
                // accepts a reference before the bytes arrive.
                photos.uploadAll(scope, tally, stopRequested);
            }
            local.cursors().succeeded(scope, clock.now());
            return tally.result(null, null, clock.now());
        } catch (TransportException e) {
            return failed(scope, tally, SyncErrors.classify(e, scope));
        } catch (SyncStopped e) {
            return failed(scope, tally, SyncError.of(SyncError.Kind.STOPPED,
                    "Sync stopped before it finished; it carries on next time."));
        } catch (ValidationException e) {
            // The server sent a record this version of the app refuses: retrying cannot help, an
            // update of the app can. Nothing of the page was kept.
            return failed(scope, tally, SyncError.of(SyncError.Kind.PROTOCOL,
                    "A record from the server could not be read by this version of the app: " + e.getMessage()));
        } catch (RuntimeException e) {
            // A local store failure (the disk is full): the transaction that failed kept nothing,
            // so trying again later is safe.
            return failed(scope, tally, SyncError.of(SyncError.Kind.LOCAL_STORE,
                    "This tablet could not store what it synced: " + e.getMessage()));
        }
    }

    private SyncResult failed(SyncScope scope, SyncTally tally, SyncError error) {
        local.cursors().failed(scope, clock.now(), error);
        Duration retryIn = null;
        if (error.retryable()) {
            retryIn = backoff.delay(Math.max(1, local.cursors().consecutiveFailures(scope)), error.retryAfter());
        }
        return tally.result(error, retryIn, clock.now());
    }
}
