package uk.graduated.app.data.outbox;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import androidx.room.PrimaryKey;

/**
 * One local change waiting for the server's answer. Written in the same transaction as the change
 * itself and removed only when the server has applied, merged or visibly rejected it.
 */
@Entity(tableName = "outbox", indices = {@Index(value = {"state", "sequence"})})
public class OutboxEntry {
    public static final String STATE_PENDING = "pending";
    public static final String STATE_REJECTED = "rejected";

    /** Client-generated mutation id; the server remembers it, so a retry is harmless. */
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "mutation_id")
    public String mutationId = "";

    /** Local order of changes: push keeps it so an edit never overtakes the record it edits. */
    @ColumnInfo(name = "sequence")
    public long sequence;

    @NonNull
    @ColumnInfo(name = "entity_type")
    public String entityType = "";

    @NonNull
    @ColumnInfo(name = "entity_id")
    public String entityId = "";

    @NonNull
    @ColumnInfo(name = "operation")
    public String operation = "";

    /** The server version the edit was based on; null for a new record. */
    @ColumnInfo(name = "base_version")
    public Long baseVersion;

    /** The changed fields as JSON, in the protocol's form. */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";

    @ColumnInfo(name = "client_time_millis")
    public long clientTimeMillis;

    @NonNull
    @ColumnInfo(name = "state")
    public String state = STATE_PENDING;

    @ColumnInfo(name = "attempts")
    public int attempts;

    /** The server's reason, shown to the person, when the change was rejected. */
    @ColumnInfo(name = "rejection_message")
    public String rejectionMessage;

    @ColumnInfo(name = "rejection_field")
    public String rejectionField;
}
