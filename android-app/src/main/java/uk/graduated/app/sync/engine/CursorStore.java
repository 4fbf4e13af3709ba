package uk.graduated.app.sync.engine;

import java.time.Instant;

/** Where each scope's pull cursor and sync health are kept between rounds. */
public interface CursorStore {
    /** The {@code nextCursor} of the last page applied in this scope, or null to start from scratch. */
    String cursor(SyncScope scope);

    /** Rounds that failed in a row since the last success; drives the retry backoff. */
    int consecutiveFailures(SyncScope scope);

    void succeeded(SyncScope scope, Instant at);

    void failed(SyncScope scope, Instant at, SyncError error);
}
