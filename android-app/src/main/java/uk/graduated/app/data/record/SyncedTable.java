package uk.graduated.app.data.record;

import com.google.gson.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.EntityType;

/** One kind of synced record as the tablet stores it, written from and read as its JSON form. */
public interface SyncedTable {
    EntityType type();

    /**
     * Writes the record from its complete JSON form (as its shared-model codec writes it),
     * replacing the local row and its child rows.
     *
     * @throws uk.graduated.model.validation.ValidationException when the codec refuses the fields
     */
    void put(JsonObject fields, Long serverVersion);

    /**
     * Reads the record from its complete JSON form with its codec and works out its row, touching
     * no database: how a pull page is decoded on the pull-ahead thread while the page before it is
     * written.
     *
     * @throws uk.graduated.model.validation.ValidationException when the codec refuses the fields
     */
    DecodedRecord decode(JsonFields fields, Long serverVersion);

    /**
     * Writes records this table decoded as {@link #put} writes one, with one statement per table
     * and child table rather than several per record: how a pull page is stored. Each id at most once.
     */
    void putAll(List<DecodedRecord> records);

    /** The record's JSON form, or null when there is no such record (or it is deleted locally). */
    JsonObject fields(UUID id);

    Long serverVersion(UUID id);

    /** The server versions the tablet last saw of those of {@code ids} that have one. */
    Map<UUID, Long> knownVersions(Collection<UUID> ids);

    void setServerVersion(UUID id, long version);

    /** Hides ({@code true}) or shows again ({@code false}) a record deleted on this tablet. */
    void setDeleted(UUID id, boolean deleted);

    void delete(UUID id);
}
