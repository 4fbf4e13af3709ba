package uk.graduated.app.sync.android;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.outbox.OutboxMutations;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.data.servercopy.ServerCopies;
import uk.graduated.app.sync.engine.OutboxStore;
import uk.graduated.app.sync.engine.Settlement;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.Operation;

/** The engine's outbox over the Room outbox table. */
public final class RoomOutboxStore implements OutboxStore {
    private final AppDatabase db;
    private final SyncedTables tables;
    private final ServerCopies serverCopies;

    public RoomOutboxStore(AppDatabase db, SyncedTables tables) {
        this.db = db;
        this.tables = tables;
        this.serverCopies = new ServerCopies(db, tables);
    }

    @Override
    public List<Mutation> waiting(UUID staffId, int limit) {
        List<Mutation> waiting = new ArrayList<>();
        for (OutboxEntry entry : db.outbox().pendingOf(staffId.toString(), limit)) {
            waiting.add(OutboxMutations.mutation(entry));
        }
        return waiting;
    }

    @Override
    public void settle(List<Settlement> settlements) {
        db.runInTransaction(() -> {
            for (Settlement settlement : settlements) {
                if (settlement instanceof Settlement.Acknowledged acknowledged) {
                    acknowledge(acknowledged);
                } else {
                    refuse((Settlement.Refused) settlement);
                }
            }
        });
    }

    private void acknowledge(Settlement.Acknowledged acknowledged) {
        Mutation m = acknowledged.mutation();
        db.outbox().remove(m.mutationId().toString());
        serverCopies.settled(m.entityType(), m.entityId());
        SyncedTable table = tables.get(m.entityType());
        if (table == null) {
            return;
        }
        if (m.operation() == Operation.DELETE) {
            // The server holds the tombstone now; the hidden local row can go.
            table.delete(m.entityId());
            db.recordScopes().removeEverywhere(m.entityType().wireName(), m.entityId().toString());
        } else {
            table.setServerVersion(m.entityId(), acknowledged.serverVersion());
        }
    }

    /**
     * The row stays, marked, for the person; the record no longer shows the refused values but the
     * server's state (protocol 6.4), which no later pull may bring.
     */
    private void refuse(Settlement.Refused refused) {
        Mutation m = refused.mutation();
        MutationOutcome.Rejected r = refused.rejection();
        db.outbox().markRejected(m.mutationId().toString(), r.code().code(), r.field(), r.message(),
                OutboxMutations.errorsJson(r.errors()));
        serverCopies.fallBack(m.entityType(), m.entityId());
    }
}
