package uk.graduated.app.sync.android;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.record.DecodedRecord;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.data.scope.RecordScopeEntity;
import uk.graduated.app.data.servercopy.ServerCopies;
import uk.graduated.app.sync.engine.LocalApplier;
import uk.graduated.app.sync.engine.PageResult;
import uk.graduated.app.sync.engine.PreparedPage;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.Removal;

/** Applies pull pages to the Room tables, each page and its cursor in one transaction (protocol 8.5). */
public final class RoomLocalApplier implements LocalApplier {
    private final AppDatabase db;
    private final SyncedTables tables;
    private final ServerCopies serverCopies;

    public RoomLocalApplier(AppDatabase db, SyncedTables tables) {
        this.db = db;
        this.tables = tables;
        this.serverCopies = new ServerCopies(db, tables);
    }

    /** Decodes each record the tablet keeps with its codec; this needs no database, so any thread will do. */
    @Override
    public DecodedPage prepare(PullResponse page) {
        return DecodedPage.decode(page, tables);
    }

    /**
     * Decides each change from what the tablet has of the page's records (read once per table),
     * then writes each table's new rows, and the scope rows, in bulk. A page holds each record at
     * most once (protocol 8.4), so writing a table's rows together changes nothing but the speed.
     */
    @Override
    public PageResult apply(SyncScope scope, PreparedPage prepared) {
        DecodedPage decoded = prepared instanceof DecodedPage own ? own : prepare(prepared.page());
        PullResponse page = decoded.page();
        return db.runInTransaction(() -> {
            LocalStateOfPage local = LocalStateOfPage.read(db, tables, page.changes());
            Map<SyncedTable, List<DecodedRecord>> writes = new LinkedHashMap<>();
            List<RecordScopeEntity> scopeRows = new ArrayList<>();
            int applied = 0;
            int removed = 0;
            int skipped = 0;
            for (int i = 0; i < page.changes().size(); i++) {
                Change change = page.changes().get(i);
                SyncedTable table = tables.get(change.entityType());
                if (table == null) {
                    continue;
                }
                String type = change.entityType().wireName();
                String id = change.entityId().toString();
                if (local.hasWaitingChange(change)) {
                    // A local change still waits for the server: keep it. The server merges it when
                    // it arrives, and a later pull brings the result. No later page brings this
                    // state again, so it is kept aside in case the server refuses the change.
                    serverCopies.keepFromPage(change);
                    skipped++;
                } else if (change.deleted()) {
                    table.delete(change.entityId());
                    db.recordScopes().removeEverywhere(type, id);
                    removed++;
                } else if (local.knowsNewerThan(change)) {
                    // A push's answer already told the tablet of a newer version: never step back.
                    scopeRows.add(scopeRow(scope, type, id));
                    skipped++;
                } else {
                    writes.computeIfAbsent(table, t -> new ArrayList<>()).add(decoded.record(i));
                    scopeRows.add(scopeRow(scope, type, id));
                    applied++;
                }
            }
            writes.forEach(SyncedTable::putAll);
            db.recordScopes().addAll(scopeRows);
            for (Removal removal : page.removals()) {
                if (tables.get(removal.entityType()) != null) {
                    leaveScope(scope, removal.entityType(), removal.entityId());
                    removed++;
                }
            }
            db.syncState().storeCursor(scope.key(), page.nextCursor());
            return new PageResult(applied, removed, skipped);
        });
    }

    @Override
    public void restart(SyncScope scope) {
        db.runInTransaction(() -> {
            for (RecordScopeEntity held : db.recordScopes().heldBy(scope.key())) {
                db.recordScopes().remove(held.entityType, held.entityId, scope.key());
                boolean protectedByOutbox = db.outbox().hasPending(held.entityType, held.entityId);
                if (db.recordScopes().holders(held.entityType, held.entityId) == 0 && !protectedByOutbox) {
                    EntityType.fromWireName(held.entityType).ifPresent(type -> delete(type, held.entityId));
                }
            }
            db.syncState().storeCursor(scope.key(), null);
        });
    }

    private static RecordScopeEntity scopeRow(SyncScope scope, String type, String id) {
        RecordScopeEntity held = new RecordScopeEntity();
        held.entityType = type;
        held.entityId = id;
        held.scope = scope.key();
        return held;
    }

    /**
     * Takes a record out of one scope, and off the tablet when no scope holds it any more, even
     * with a change waiting: the person may no longer see it (the waiting change is still sent).
     */
    private void leaveScope(SyncScope scope, EntityType type, UUID id) {
        db.recordScopes().remove(type.wireName(), id.toString(), scope.key());
        if (db.recordScopes().holders(type.wireName(), id.toString()) == 0) {
            delete(type, id.toString());
        }
    }

    private void delete(EntityType type, String id) {
        SyncedTable table = tables.get(type);
        if (table != null) {
            table.delete(UUID.fromString(id));
        }
        serverCopies.forget(type, UUID.fromString(id));
    }
}
