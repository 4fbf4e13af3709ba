package uk.graduated.app.sync.engine;

import java.util.function.BooleanSupplier;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;

/** Step 2 of a round: brings the scope up to date, page by page. */
final class Puller {
    private final CursorStore cursors;
    private final LocalApplier applier;
    private final SyncTransport transport;
    private final int pageSize;

    Puller(CursorStore cursors, LocalApplier applier, SyncTransport transport, int pageSize) {
        this.cursors = cursors;
        this.applier = applier;
        this.transport = transport;
        this.pageSize = pageSize;
    }

    void pullAll(SyncScope scope, SyncTally tally, BooleanSupplier stopRequested)
            throws TransportException, SyncStopped {
        // 1. Start from the cursor stored with the last page applied: after a crash between two
        //    pages, this is where the interrupted round had got to.
        String cursor = cursors.cursor(scope);
        boolean restarted = false;
        while (true) {
            SyncStopped.check(stopRequested);
            PullResponse page = transport.pull(scope, new PullRequest(cursor, pageSize));
            if (page.mustResync()) {
                // 2. The server cannot continue from the cursor: drop what this scope delivered
                //    (keeping the outbox and the records it protects) and start again from none.
                //    A second request to do so in one round would loop; report it instead.
                if (restarted) {
                    throw TransportException.unreadable(200, "the server asked to resync again after a restart", null);
                }
                applier.restart(scope);
                tally.resynced();
                restarted = true;
                cursor = null;
                continue;
            }
            // 3. Changes, removals and the page's cursor go in one local transaction, so a crash
            //    leaves either the whole page or none of it, and the cursor always matches the data.
            tally.page(applier.apply(scope, page));
            cursor = page.nextCursor();
            // 4. More waiting: pull again at once; otherwise the scope is up to date.
            if (!page.hasMore()) {
                return;
            }
        }
    }
}
