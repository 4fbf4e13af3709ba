package uk.graduated.app.sync.android;

import java.time.Instant;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.syncstate.SyncStateEntity;
import uk.graduated.app.sync.engine.CursorStore;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncScope;

/**
 * Cursors and sync health in the sync_state table. The cursor is written by
 * {@link RoomLocalApplier} in each page's transaction; this only reads it.
 */
public final class RoomCursorStore implements CursorStore {
    private final AppDatabase db;

    public RoomCursorStore(AppDatabase db) {
        this.db = db;
    }

    @Override
    public String cursor(SyncScope scope) {
        SyncStateEntity state = db.syncState().find(scope.key());
        return state == null ? null : state.cursor;
    }

    @Override
    public int consecutiveFailures(SyncScope scope) {
        SyncStateEntity state = db.syncState().find(scope.key());
        return state == null ? 0 : state.consecutiveFailures;
    }

    @Override
    public void succeeded(SyncScope scope, Instant at) {
        db.syncState().succeeded(scope.key(), at.toEpochMilli());
    }

    @Override
    public void failed(SyncScope scope, Instant at, SyncError error) {
        db.syncState().failed(scope.key(), at.toEpochMilli(), error.kind().name(), error.message());
    }
}
