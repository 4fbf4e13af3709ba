package uk.graduated.app.data.record;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.PrimaryKey;

/** The columns every synced table has: the record's id, the server version it came with, its tombstone. */
public abstract class SyncedRow {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public String id = "";

    /** The server version this row came with; null while the record was only made here. */
    @ColumnInfo(name = "server_version")
    public Long serverVersion;

    @ColumnInfo(name = "deleted")
    public boolean deleted;
}
