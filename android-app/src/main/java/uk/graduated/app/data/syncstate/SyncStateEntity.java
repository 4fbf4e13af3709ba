package uk.graduated.app.data.syncstate;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** Where one scope's sync stands: its pull cursor and how the last rounds went. */
@Entity(tableName = "sync_state")
public class SyncStateEntity {
    /** {@code device} or {@code staff:<id>} (SyncScope.key()). */
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "scope")
    public String scope = "";

    /** The server's opaque cursor after the last page applied; null to pull from the start. */
    @ColumnInfo(name = "cursor")
    public String cursor;

    /** Epoch milliseconds of the last round that finished, or null. */
    @ColumnInfo(name = "last_success_at")
    public Long lastSuccessAt;

    /** Epoch milliseconds of the last round that stopped with an error, or null. */
    @ColumnInfo(name = "last_failure_at")
    public Long lastFailureAt;

    /** The SyncError kind of the last failure since the last success, or null. */
    @ColumnInfo(name = "last_error_kind")
    public String lastErrorKind;

    @ColumnInfo(name = "last_error_message")
    public String lastErrorMessage;

    @ColumnInfo(name = "consecutive_failures")
    public int consecutiveFailures;

    static SyncStateEntity of(String scope) {
        SyncStateEntity state = new SyncStateEntity();
        state.scope = scope;
        return state;
    }
}
