package uk.graduated.app.data.outbox;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import uk.graduated.app.core.Clock;
import uk.graduated.app.core.Uuids;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.data.servercopy.ServerCopies;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.validation.ValidationException;

/**
 * The only way local changes are written: each change goes to its table and, in the same Room
 * transaction, to the outbox as a protocol mutation with a new time-ordered id. Either both are
 * stored or neither, so no saved change can miss the server and no queued change lacks its record.
 * Validation errors (from the shared-model records and the mutation) reach the caller unchanged.
 */
public final class LocalWriter {
    private final AppDatabase db;
    private final SyncedTables tables;
    private final Author author;
    private final Clock clock;
    private final ServerCopies serverCopies;

    public LocalWriter(AppDatabase db, SyncedTables tables, Author author, Clock clock) {
        this.db = db;
        this.tables = tables;
        this.author = author;
        this.clock = clock;
        this.serverCopies = new ServerCopies(db, tables);
    }

    public Author author() {
        return author;
    }

    /**
     * Saves a new record from its complete JSON form (its codec's output, with {@code id}). Callers
     * that write more rows with it (a photo queue) call this inside their own transaction.
     */
    public Mutation create(EntityType type, UUID id, JsonObject fields) {
        SyncedTable table = tables.require(type);
        Mutation mutation = Mutation.upsert(Uuids.v7(clock), author.deviceId(), type, id, null, fields, clientTime());
        db.runInTransaction(() -> {
            if (table.fields(id) != null || table.serverVersion(id) != null) {
                throw ValidationException.of("id", "duplicate", "this " + type.wireName() + " is already saved");
            }
            table.put(fields, null);
            enqueue(mutation);
        });
        return mutation;
    }

    /**
     * Saves an edit of an editable record, given its complete new JSON form. Only the changed
     * members travel, based on the version the tablet last saw. Returns null when nothing changed.
     */
    public Mutation edit(EntityType type, UUID id, JsonObject after) {
        if (!type.editable()) {
            throw ValidationException.of("id", "insert_only", type.wireName() + " records cannot be changed once saved");
        }
        SyncedTable table = tables.require(type);
        return db.runInTransaction(() -> {
            JsonObject before = table.fields(id);
            if (before == null) {
                throw ValidationException.of("id", "not_found", "this " + type.wireName() + " is not on this tablet");
            }
            JsonObject changed = FieldDiff.changed(before, after);
            if (changed.size() == 0) {
                return null;
            }
            Long baseVersion = table.serverVersion(id);
            Mutation mutation = Mutation.upsert(Uuids.v7(clock), author.deviceId(), type, id, baseVersion, changed,
                    clientTime());
            serverCopies.keepBeforeLocalChange(table, id);
            table.put(after, baseVersion);
            enqueue(mutation);
            return mutation;
        });
    }

    /** Deletes a record: hidden at once, removed for good when the server confirms (a tombstone). */
    public Mutation delete(EntityType type, UUID id) {
        SyncedTable table = tables.require(type);
        return db.runInTransaction(() -> {
            if (table.fields(id) == null) {
                throw ValidationException.of("id", "not_found", "this " + type.wireName() + " is not on this tablet");
            }
            Mutation mutation = Mutation.delete(Uuids.v7(clock), author.deviceId(), type, id,
                    table.serverVersion(id), clientTime());
            serverCopies.keepBeforeLocalChange(table, id);
            table.setDeleted(id, true);
            enqueue(mutation);
            return mutation;
        });
    }

    private void enqueue(Mutation mutation) {
        db.outbox().insert(OutboxMutations.entry(mutation, author.staffId(), db.outbox().nextSequence()));
    }

    /** Milliseconds, as the outbox stores it, so a resent mutation carries the same clientTime. */
    private Instant clientTime() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
