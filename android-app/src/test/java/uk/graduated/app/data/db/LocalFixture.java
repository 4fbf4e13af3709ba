package uk.graduated.app.data.db;

import android.database.Cursor;

import com.google.gson.JsonObject;
import uk.graduated.app.core.FakeClock;
import uk.graduated.app.data.outbox.Author;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.sync.EntityType;

/**
 * An in-memory database with a TA signed in on the examples' tablet, on the first day of the
 * examples' term (Monday 10 January 2028), for repository and adapter tests.
 */
public final class LocalFixture {
    public final FakeClock clock = FakeClock.at("2028-01-10T16:00:00Z");
    public final AppDatabase db = TestDatabase.inMemory();
    public final SyncedTables tables = new SyncedTables(db);
    public final Author ta = new Author(SessionExamples.DEVICE_ID, ProvisionExamples.TA_ID);
    public final LocalWriter writer = new LocalWriter(db, tables, ta, clock);

    /** Stores a record as a pull would: from the server, at {@code version}. */
    public void pulled(EntityType type, JsonObject fields, long version) {
        tables.require(type).put(fields, version);
    }

    /** Rows of a table that belong to a parent, to check child rows directly. */
    public int count(String table, String column, String value) {
        try (Cursor cursor = db.getOpenHelper().getReadableDatabase()
                .query("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", new Object[] {value})) {
            cursor.moveToFirst();
            return cursor.getInt(0);
        }
    }

    public void close() {
        db.close();
    }
}
