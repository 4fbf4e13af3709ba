package uk.graduated.app.data.record;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.app.data.db.SqlChunks;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.EntityType;

/**
 * A synced table backed by a Room DAO, reading and writing records with their shared-model codec,
 * so a record stored here passed the same validation the server applies.
 *
 * @param <R> the shared-model record
 * @param <E> the table's Room entity
 */
public abstract class RecordTable<R, E extends SyncedRow> implements SyncedTable {
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

    /** The record's row: its id and columns; the server version is set by the caller. */
    protected abstract E row(R record, String fieldsJson);

    /**
     * Stores the rows, replacing those with the same ids, and the records' child rows in place of
     * the ones they had, each table in bulk. {@code records} and {@code rows} are in the same order.
     */
    protected abstract void store(List<R> records, List<E> rows);

    @Override
    public EntityType type() {
        return type;
    }

    @Override
    public void put(JsonObject fields, Long serverVersion) {
        // No copy of the fields: JsonFields only reads them, and copies whatever it hands out.
        putAll(List.of(decode(new JsonFields(fields, ""), serverVersion)));
    }

    @Override
    public DecodedRecord decode(JsonFields fields, Long serverVersion) {
        R record = parse(fields);
        E row = row(record, JsonText.compact(toJson(record)));
        row.serverVersion = serverVersion;
        return new DecodedRecord(this, record, row);
    }

    @Override
    @SuppressWarnings("unchecked") // decode made each record as R and its row as E; the table check guards it
    public void putAll(List<DecodedRecord> decoded) {
        List<R> records = new ArrayList<>(decoded.size());
        List<E> rowsToStore = new ArrayList<>(decoded.size());
        for (DecodedRecord one : decoded) {
            if (one.table() != this) {
                throw new IllegalArgumentException("a " + one.table().type().wireName()
                        + " record cannot be written to the " + type.wireName() + " table");
            }
            records.add((R) one.record);
            rowsToStore.add((E) one.row);
        }
        store(records, rowsToStore);
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
    public Map<UUID, Long> knownVersions(Collection<UUID> ids) {
        List<String> keys = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            keys.add(id.toString());
        }
        Map<UUID, Long> known = new HashMap<>();
        for (List<String> chunk : SqlChunks.of(keys)) {
            for (KnownVersion version : rows.knownVersions(chunk)) {
                known.put(UUID.fromString(version.id), version.serverVersion);
            }
        }
        return known;
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
