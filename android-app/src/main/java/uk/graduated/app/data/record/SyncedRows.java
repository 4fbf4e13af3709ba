package uk.graduated.app.data.record;

import java.util.List;

/**
 * The bookkeeping every synced table's DAO offers, each DAO with its own SQL. Ids are UUIDs in
 * canonical lowercase text.
 */
public interface SyncedRows {
    /** The server version the tablet last saw of the record; null if none, or no such row. */
    Long serverVersion(String id);

    /** The server versions of those of {@code ids} (at most 500) that have one: a page's lookup in one query. */
    List<KnownVersion> knownVersions(List<String> ids);

    /** The record's JSON form, or null when there is no such row or it is deleted locally. */
    String fieldsJson(String id);

    void setServerVersion(String id, long version);

    /**
     * Hides the record while the server has not yet confirmed its delete, or shows it again when
     * the person discards a delete the server refused.
     */
    void setDeleted(String id, boolean deleted);

    /** Removes the record and its child rows. */
    void delete(String id);
}
