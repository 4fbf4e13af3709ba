package uk.graduated.app.data.outbox;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import androidx.room.PrimaryKey;

/**
 * One local change waiting for the server's answer: a protocol mutation, stored whole. Written in
 * the same transaction as the change itself and removed only when the server has applied or
 * merged it; a change the server rejected stays, marked, until the person discards it.
 */
@Entity(tableName = "outbox", indices = {@Index(value = {"staff_id", "state", "sequence"}),
        @Index(value = {"entity_type", "entity_id", "state"}), @Index(value = {"state", "sequence"})})
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

    /** The device that made the change. */
    @NonNull
    @ColumnInfo(name = "device_id")
    public String deviceId = "";

    /** The person who made it: their session pushes it, and the server records them as its author. */
    @NonNull
    @ColumnInfo(name = "staff_id")
    public String staffId = "";

    @NonNull
    @ColumnInfo(name = "entity_type")
    public String entityType = "";

    @NonNull
    @ColumnInfo(name = "entity_id")
    public String entityId = "";

    /** upsert or delete. */
    @NonNull
    @ColumnInfo(name = "operation")
    public String operation = "";

    /** The server version the edit was based on; null for a new record. */
    @ColumnInfo(name = "base_version")
    public Long baseVersion;

    /** The changed fields as compact JSON, in the protocol's form. */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";

    @ColumnInfo(name = "client_time_millis")
    public long clientTimeMillis;

    @NonNull
    @ColumnInfo(name = "state")
    public String state = STATE_PENDING;

    /** The server's rejection code (validation_failed, forbidden, ...), when rejected. */
    @ColumnInfo(name = "rejection_code")
    public String rejectionCode;

    /** The server's reason, shown to the person, when the change was rejected. */
    @ColumnInfo(name = "rejection_message")
    public String rejectionMessage;

    /** The field at fault, e.g. {@code fields.minutes}, or null. */
    @ColumnInfo(name = "rejection_field")
    public String rejectionField;

    /** Every field error of the rejection as a JSON list of {field, code, message}, or null. */
    @ColumnInfo(name = "rejection_errors_json")
    public String rejectionErrorsJson;
}
