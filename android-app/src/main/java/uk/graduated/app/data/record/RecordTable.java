package uk.graduated.app.data.record;

import com.google.gson.JsonObject;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.EntityType;

/**
 * A synced table backed by a Room DAO, reading and writing records with their shared-model codec,
 * so a record stored here passed the same validation the server applies.
 *
 * @param <R> the shared-model record
 */
public abstract class RecordTable<R> implements SyncedTable {
    private final EntityType type;
    private final SyncedRows rows;

    protected RecordTable(EntityType type, SyncedRows rows) {
        this.type = type;
        this.rows = rows;
    }

    /** Reads the record with its codec, throwing every field error at once. */
    protected abstract R parse(JsonFields fields);

    /** The record's JSON form, by its codec. */
    protected abstract JsonObject toJson(R record);

    /** Stores the record's columns and child rows. */
    protected abstract void write(R record, String fieldsJson, Long serverVersion);

    @Override
    public EntityType type() {
        return type;
    }

    @Override
    public void put(JsonObject fields, Long serverVersion) {
        R record = parse(new JsonFields(fields.deepCopy(), ""));
        write(record, JsonText.compact(toJson(record)), serverVersion);
    }

    /** The record, or null when there is none (or it is deleted locally). */
    public R find(UUID id) {
        String json = rows.fieldsJson(id.toString());
        return json == null ? null : parse(JsonFields.parse(json));
    }

    @Override
    public JsonObject fields(UUID id) {
        String json = rows.fieldsJson(id.toString());
        return json == null ? null : JsonFields.parseObject(json);
    }

    @Override
    public Long serverVersion(UUID id) {
        return rows.serverVersion(id.toString());
    }

    @Override
    public void setServerVersion(UUID id, long version) {
        rows.setServerVersion(id.toString(), version);
    }

    @Override
    public void setDeleted(UUID id, boolean deleted) {
        rows.setDeleted(id.toString(), deleted);
    }

    @Override
    public void delete(UUID id) {
        rows.delete(id.toString());
    }
}
