package uk.graduated.app.data.servercopy;

import com.google.gson.JsonObject;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;

/**
 * What the tablet falls back on when the server refuses a local change (protocol 6.4). A record
 * with a waiting change keeps the local values, and pull pages leave it alone; so once the change
 * is refused, the server's state must come from here: no later page brings it again unless the
 * record changes once more on the server. Callers run these inside their own Room transaction.
 */
public final class ServerCopies {
    private final AppDatabase db;
    private final SyncedTables tables;

    public ServerCopies(AppDatabase db, SyncedTables tables) {
        this.db = db;
        this.tables = tables;
    }

    /**
     * Before a local edit or delete: if no waiting change covers the record yet, its row is still
     * the server's state; keep it. A record only made on this tablet has no server state to keep.
     */
    public void keepBeforeLocalChange(SyncedTable table, UUID id) {
        String type = table.type().wireName();
        if (db.outbox().hasPending(type, id.toString())) {
            return;
        }
        Long version = table.serverVersion(id);
        JsonObject fields = table.fields(id);
        if (version == null || fields == null) {
            return;
        }
        db.serverCopies().put(copy(type, id.toString(), version, false, JsonText.compact(fields)));
    }

    /** A pull page carried a record that a waiting change protects: its state is the newest known. */
    public void keepFromPage(Change change) {
        String type = change.entityType().wireName();
        String id = change.entityId().toString();
        ServerCopyEntity known = db.serverCopies().find(type, id);
        if (known != null && known.version > change.version()) {
            return;
        }
        db.serverCopies().put(copy(type, id, change.version(), change.deleted(),
                change.fieldsJson()));
    }

    /** The server answered for the record's last waiting change: the record is the server's again. */
    public void settled(EntityType type, UUID id) {
        if (!db.outbox().hasPending(type.wireName(), id.toString())) {
            forget(type, id);
        }
    }

    /** The record left the tablet: nothing to fall back on. */
    public void forget(EntityType type, UUID id) {
        db.serverCopies().forget(type.wireName(), id.toString());
    }

    /**
     * The server refused a change of the record. Once no other change of it waits, the record
     * shows the server's state again: the kept copy (gone if that is a tombstone), or nothing when
     * the server never had the record. The refused change stays in the outbox for the person.
     */
    public void fallBack(EntityType type, UUID id) {
        String wire = type.wireName();
        if (db.outbox().hasPending(wire, id.toString())) {
            return;
        }
        SyncedTable table = tables.get(type);
        ServerCopyEntity copy = db.serverCopies().find(wire, id.toString());
        forget(type, id);
        if (table == null) {
            return;
        }
        if (copy == null) {
            if (table.serverVersion(id) == null && db.recordScopes().holders(wire, id.toString()) == 0) {
                table.delete(id);
            }
        } else if (copy.deleted) {
            table.delete(id);
            db.recordScopes().removeEverywhere(wire, id.toString());
        } else {
            table.put(JsonFields.parseObject(copy.fieldsJson), copy.version);
        }
    }

    private static ServerCopyEntity copy(String type, String id, long version, boolean deleted, String fieldsJson) {
        ServerCopyEntity copy = new ServerCopyEntity();
        copy.entityType = type;
        copy.entityId = id;
        copy.version = version;
        copy.deleted = deleted;
        copy.fieldsJson = fieldsJson;
        return copy;
    }
}
