package uk.graduated.app.sync.engine;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;

/** Step 2 of a round: brings the scope up to date, page by page. */
final class Puller {
    private final CursorStore cursors;
    private final LocalApplier applier;
    private final SyncTransport transport;
    private final int pageSize;
    private final Executor pullAhead;

    /** @param pullAhead where the next page's request and preparing run while a page is applied */
    Puller(CursorStore cursors, LocalApplier applier, SyncTransport transport, int pageSize, Executor pullAhead) {
        this.cursors = cursors;
        this.applier = applier;
        this.transport = transport;
        this.pageSize = pageSize;
        this.pullAhead = pullAhead;
    }

    void pullAll(SyncScope scope, SyncTally tally, BooleanSupplier stopRequested)
            throws TransportException, SyncStopped {
        // 1. Start from the cursor stored with the last page applied: after a crash between two
        //    pages, this is where the interrupted round had got to.
        SyncStopped.check(stopRequested);
        PreparedPage page = pullHere(scope, cursors.cursor(scope));
        boolean restarted = false;
        while (page != null) {
            if (page.page().mustResync()) {
                // 2. The server cannot continue from the cursor: drop what this scope delivered
                //    (keeping the outbox and the records it protects) and start again from none.
                //    A second request to do so in one round would loop; report it instead.
                if (restarted) {
                    throw TransportException.unreadable(200, "the server asked to resync again after a restart", null);
                }
                applier.restart(scope);
                tally.resynced();
                restarted = true;
                SyncStopped.check(stopRequested);
                page = pullHere(scope, null);
            } else {
                page = applyWhileRequestingTheNext(scope, page, tally, stopRequested);
            }
        }
    }

    private PreparedPage pullHere(SyncScope scope, String cursor) throws TransportException {
        return applier.prepare(transport.pull(scope, new PullRequest(cursor, pageSize)));
    }

    /**
     * 3. Changes, removals and the page's cursor go in one local transaction, so a crash leaves
     *    either the whole page or none of it, and the cursor always matches the data. While that
     *    runs, the next page (if there is more) is already requested with the page's cursor and
     *    prepared; it is only applied after this one committed, so pages still commit one by one,
     *    in order.
     *
     * @return the next page, or null when the scope is up to date
     */
    private PreparedPage applyWhileRequestingTheNext(SyncScope scope, PreparedPage prepared, SyncTally tally,
                                                     BooleanSupplier stopRequested)
            throws TransportException, SyncStopped {
        PullResponse page = prepared.page();
        // After a stop the next request is not sent, but this page, already here, is still applied.
        boolean stopBeforeNext = page.hasMore() && stopRequested.getAsBoolean();
        PageAhead next = null;
        if (page.hasMore() && !stopBeforeNext) {
            next = PageAhead.request(pullAhead, transport, applier, scope,
                    new PullRequest(page.nextCursor(), pageSize));
        }
        try {
            tally.page(applier.apply(scope, prepared));
            if (!page.hasMore()) {
                return null;
            }
            // 4. A stop asked for while the page was applied ends the round without waiting for the
            //    request in flight: its page is dropped, and the next round pulls it again.
            if (stopBeforeNext || stopRequested.getAsBoolean()) {
                throw new SyncStopped();
            }
            return next.page();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncStopped();
        } finally {
            if (next != null) {
                next.giveUp();
            }
        }
    }
}
