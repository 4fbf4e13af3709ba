package uk.graduated.app.data.record;

/**
 * A record read and checked by its table's codec, with the row it is stored as: what
 * {@link SyncedTable#decode} makes, without the database, for {@link SyncedTable#putAll} to write.
 */
public final class DecodedRecord {
    private final SyncedTable table;
    final Object record;
    final SyncedRow row;

    DecodedRecord(SyncedTable table, Object record, SyncedRow row) {
        this.table = table;
        this.record = record;
        this.row = row;
    }

    /** The table that decoded the record, and the only one that can write it. */
    public SyncedTable table() {
        return table;
    }
}
