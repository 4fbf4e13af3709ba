package uk.graduated.app.simulation;

import android.database.Cursor;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.outbox.OutboxMutations;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;

/** What a tablet's Room database holds, read the way the checks need it: every synced row, the outbox. */
final class RoomContents {
    /** One synced row; {@code fields} is null while the row is hidden by a local delete. */
    record Row(EntityType type, UUID id, Long serverVersion, boolean hidden, JsonObject fields) {
    }

    private RoomContents() {
    }

    /** Every row of every synced table, by id (ids are unique across types), with its JSON form. */
    static Map<UUID, Row> rows(AppDatabase db, SyncedTables tables) {
        return rows(db, tables, true);
    }

    /** Every row of every synced table; {@code withFields} false leaves out the JSON forms, which take long to read. */
    static Map<UUID, Row> rows(AppDatabase db, SyncedTables tables, boolean withFields) {
        Map<UUID, Row> rows = new TreeMap<>();
        for (EntityType type : EntityType.values()) {
            SyncedTable table = tables.get(type);
            if (table == null) {
                continue;
            }
            // Synced tables are named after their entity type's wire name.
            try (Cursor c = db.getOpenHelper().getReadableDatabase()
                    .query("SELECT id, server_version, deleted FROM " + type.wireName())) {
                while (c.moveToNext()) {
                    UUID id = UUID.fromString(c.getString(0));
                    Long version = c.isNull(1) ? null : c.getLong(1);
                    rows.put(id, new Row(type, id, version, c.getInt(2) != 0, withFields ? table.fields(id) : null));
                }
            }
        }
        return rows;
    }

    /** The ids of one type the tablet shows, in id order so that a draw depends on the seed alone. */
    static List<UUID> shownIds(AppDatabase db, EntityType type) {
        List<UUID> ids = new ArrayList<>();
        try (Cursor c = db.getOpenHelper().getReadableDatabase()
                .query("SELECT id FROM " + type.wireName() + " WHERE deleted = 0 ORDER BY id")) {
            while (c.moveToNext()) {
                ids.add(UUID.fromString(c.getString(0)));
            }
        }
        return ids;
    }

    static long lastSequence(AppDatabase db) {
        return db.outbox().nextSequence() - 1;
    }

    /** The outbox rows written after {@code sequence}, oldest first. */
    static List<Mutation> savedAfter(AppDatabase db, long sequence) {
        List<Mutation> saved = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (Cursor c = db.getOpenHelper().getReadableDatabase()
                .query("SELECT mutation_id FROM outbox WHERE sequence > ? ORDER BY sequence", new Object[] {sequence})) {
            while (c.moveToNext()) {
                ids.add(c.getString(0));
            }
        }
        for (String id : ids) {
            saved.add(OutboxMutations.mutation(db.outbox().find(id)));
        }
        return saved;
    }

    /** Every change still waiting for the server's answer, oldest first. */
    static List<Mutation> pending(AppDatabase db) {
        List<Mutation> pending = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (Cursor c = db.getOpenHelper().getReadableDatabase()
                .query("SELECT mutation_id FROM outbox WHERE state = ? ORDER BY sequence",
                        new Object[] {OutboxEntry.STATE_PENDING})) {
            while (c.moveToNext()) {
                ids.add(c.getString(0));
            }
        }
        for (String id : ids) {
            pending.add(OutboxMutations.mutation(db.outbox().find(id)));
        }
        return pending;
    }

    static int count(AppDatabase db, String table) {
        try (Cursor c = db.getOpenHelper().getReadableDatabase().query("SELECT COUNT(*) FROM " + table)) {
            c.moveToFirst();
            return c.getInt(0);
        }
    }
}
