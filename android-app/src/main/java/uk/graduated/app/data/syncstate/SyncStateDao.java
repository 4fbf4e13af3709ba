package uk.graduated.app.data.syncstate;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;
import androidx.room.Transaction;

import java.util.List;

@Dao
public interface SyncStateDao {
    @Query("SELECT * FROM sync_state WHERE scope = :scope")
    SyncStateEntity find(String scope);

    /** Every scope's state, for the sync status screen. */
    @Query("SELECT * FROM sync_state ORDER BY scope")
    List<SyncStateEntity> all();

    @Insert(onConflict = OnConflictStrategy.IGNORE)
    void insertIfAbsent(SyncStateEntity state);

    @Query("UPDATE sync_state SET cursor = :cursor WHERE scope = :scope")
    void updateCursor(String scope, String cursor);

    @Query("UPDATE sync_state SET last_success_at = :at, consecutive_failures = 0, last_error_kind = NULL,"
            + " last_error_message = NULL WHERE scope = :scope")
    void updateSucceeded(String scope, long at);

    @Query("UPDATE sync_state SET last_failure_at = :at, consecutive_failures = consecutive_failures + 1,"
            + " last_error_kind = :kind, last_error_message = :message WHERE scope = :scope")
    void updateFailed(String scope, long at, String kind, String message);

    @Transaction
    default void storeCursor(String scope, String cursor) {
        insertIfAbsent(SyncStateEntity.of(scope));
        updateCursor(scope, cursor);
    }

    @Transaction
    default void succeeded(String scope, long at) {
        insertIfAbsent(SyncStateEntity.of(scope));
        updateSucceeded(scope, at);
    }

    @Transaction
    default void failed(String scope, long at, String kind, String message) {
        insertIfAbsent(SyncStateEntity.of(scope));
        updateFailed(scope, at, kind, message);
    }
}
