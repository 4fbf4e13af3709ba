package uk.graduated.app.sync.android;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.outbox.OutboxMutations;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.sync.engine.OutboxStore;
import uk.graduated.app.sync.engine.Settlement;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.Operation;

/** The engine's outbox over the Room outbox table. */
public final class RoomOutboxStore implements OutboxStore {
    private final AppDatabase db;
    private final SyncedTables tables;

    public RoomOutboxStore(AppDatabase db, SyncedTables tables) {
        this.db = db;
        this.tables = tables;
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

    private void refuse(Settlement.Refused refused) {
        MutationOutcome.Rejected r = refused.rejection();
        db.outbox().markRejected(refused.mutation().mutationId().toString(), r.code().code(), r.field(), r.message(),
                OutboxMutations.errorsJson(r.errors()));
    }
}
