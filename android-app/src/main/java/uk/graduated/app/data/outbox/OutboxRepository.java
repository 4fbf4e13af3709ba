package uk.graduated.app.data.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.Operation;

/** The outbox as the person sees it: how much waits, and what the server refused. */
public final class OutboxRepository {
    private final AppDatabase db;
    private final SyncedTables tables;

    public OutboxRepository(AppDatabase db, SyncedTables tables) {
        this.db = db;
        this.tables = tables;
    }

    /** Changes still waiting to reach the server, everyone's. */
    public int waitingCount() {
        return db.outbox().pendingCount();
    }

    /** Every refused change, oldest first. */
    public List<RejectedChange> rejected() {
        List<RejectedChange> rejected = new ArrayList<>();
        for (OutboxEntry entry : db.outbox().rejected()) {
            Mutation m = OutboxMutations.mutation(entry);
            rejected.add(new RejectedChange(m.mutationId(), UUID.fromString(entry.staffId), m.entityType(),
                    m.entityId(), m.operation(), entry.rejectionCode, entry.rejectionField, entry.rejectionMessage,
                    OutboxMutations.errors(entry.rejectionErrorsJson)));
        }
        return rejected;
    }

    /**
     * The person has seen a refused change and lets it go. A record the server never accepted
     * leaves the tablet with it; a refused delete shows its record again.
     */
    public void discard(UUID mutationId) {
        db.runInTransaction(() -> {
            OutboxEntry entry = db.outbox().find(mutationId.toString());
            if (entry == null || !OutboxEntry.STATE_REJECTED.equals(entry.state)) {
                throw new IllegalStateException("only a rejected change can be discarded: " + mutationId);
            }
            db.outbox().remove(entry.mutationId);
            Mutation m = OutboxMutations.mutation(entry);
            SyncedTable table = tables.get(m.entityType());
            if (table == null || db.outbox().hasAny(entry.entityType, entry.entityId)) {
                return;
            }
            if (m.operation() == Operation.DELETE) {
                table.setDeleted(m.entityId(), false);
            } else if (table.serverVersion(m.entityId()) == null && neverPulled(m.entityType(), m.entityId())) {
                table.delete(m.entityId());
            }
        });
    }

    private boolean neverPulled(EntityType type, UUID id) {
        return db.recordScopes().holders(type.wireName(), id.toString()) == 0;
    }
}
