package uk.graduated.app.data.syncstate;

import java.util.List;
import uk.graduated.app.data.db.AppDatabase;

/** How sync stands, per scope, for the sync status screen: last success, last error, failures in a row. */
public final class SyncStatusRepository {
    private final AppDatabase db;

    public SyncStatusRepository(AppDatabase db) {
        this.db = db;
    }

    public List<SyncStateEntity> scopes() {
        return db.syncState().all();
    }
}
