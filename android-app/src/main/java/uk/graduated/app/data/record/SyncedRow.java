package uk.graduated.app.data.record;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.PrimaryKey;
import java.util.ArrayList;
import java.util.List;

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

    /** The rows' ids, in order: the parents whose child rows a bulk write replaces. */
    public static List<String> idsOf(List<? extends SyncedRow> rows) {
        List<String> ids = new ArrayList<>(rows.size());
        for (SyncedRow row : rows) {
            ids.add(row.id);
        }
        return ids;
    }
}
