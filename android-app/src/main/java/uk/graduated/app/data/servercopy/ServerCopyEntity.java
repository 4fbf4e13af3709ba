package uk.graduated.app.data.servercopy;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;

/**
 * The server's state of a record while a local change of it waits in the outbox: the record as it
 * was before the first waiting change, or as a later pull page carried it (a page skips a record
 * with a waiting change, and no later page need bring that state again). If the server refuses the
 * change, the tablet falls back on this (protocol 6.4).
 */
@Entity(tableName = "server_copy", primaryKeys = {"entity_type", "entity_id"})
public class ServerCopyEntity {
    @NonNull
    @ColumnInfo(name = "entity_type")
    public String entityType = "";

    @NonNull
    @ColumnInfo(name = "entity_id")
    public String entityId = "";

    /** The server version of this state. */
    @ColumnInfo(name = "version")
    public long version;

    /** True when the server's state is a tombstone. */
    @ColumnInfo(name = "deleted")
    public boolean deleted;

    /** The record's JSON form; {@code {}} for a tombstone. */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
