package uk.graduated.app.data.record;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;

/** A record's id with the server version the tablet last saw of it: one row of a per-page lookup. */
public final class KnownVersion {
    @NonNull
    @ColumnInfo(name = "id")
    public String id = "";

    @ColumnInfo(name = "server_version")
    public long serverVersion;
}
