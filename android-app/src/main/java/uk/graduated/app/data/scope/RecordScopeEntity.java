package uk.graduated.app.data.scope;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/**
 * Which scope delivered a record. A tablet several people use holds a record while any of their
 * scopes (or the device's) holds it; a removal takes it out of one scope only (protocol 8.1).
 */
@Entity(tableName = "record_scope", primaryKeys = {"entity_type", "entity_id", "scope"},
        indices = {@Index(value = {"scope"})})
public class RecordScopeEntity {
    @NonNull
    @ColumnInfo(name = "entity_type")
    public String entityType = "";

    @NonNull
    @ColumnInfo(name = "entity_id")
    public String entityId = "";

    @NonNull
    @ColumnInfo(name = "scope")
    public String scope = "";
}
