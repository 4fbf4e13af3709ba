package uk.graduated.app.sync.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;

/** An outbox in memory, with the Room store's rules: settled rows leave, rejected rows stay marked. */
final class FakeOutboxStore implements OutboxStore {
    static final class Row {
        final UUID staffId;
        final Mutation mutation;
        MutationOutcome.Rejected rejection;

        Row(UUID staffId, Mutation mutation) {
            this.staffId = staffId;
            this.mutation = mutation;
        }

        boolean waiting() {
            return rejection == null;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    /** The server version each record was last acknowledged at. */
    final Map<UUID, Long> acknowledgedVersions = new HashMap<>();
    int settleCalls;

    void add(UUID staffId, Mutation mutation) {
        rows.add(new Row(staffId, mutation));
    }

    @Override
    public List<Mutation> waiting(UUID staffId, int limit) {
        return rows.stream().filter(r -> r.waiting() && r.staffId.equals(staffId)).limit(limit)
                .map(r -> r.mutation).collect(Collectors.toList());
    }

    @Override
    public void settle(List<Settlement> settlements) {
        settleCalls++;
        for (Settlement settlement : settlements) {
            Row row = find(settlement.mutation().mutationId());
            if (settlement instanceof Settlement.Acknowledged acknowledged) {
                rows.remove(row);
                acknowledgedVersions.put(settlement.mutation().entityId(), acknowledged.serverVersion());
            } else {
                row.rejection = ((Settlement.Refused) settlement).rejection();
            }
        }
    }

    boolean hasWaiting(UUID entityId) {
        return rows.stream().anyMatch(r -> r.waiting() && r.mutation.entityId().equals(entityId));
    }

    List<UUID> waitingIds() {
        return rows.stream().filter(Row::waiting).map(r -> r.mutation.mutationId()).collect(Collectors.toList());
    }

    List<Row> rejected() {
        return rows.stream().filter(r -> !r.waiting()).collect(Collectors.toList());
    }

    private Row find(UUID mutationId) {
        return rows.stream().filter(r -> r.mutation.mutationId().equals(mutationId)).findFirst()
                .orElseThrow(() -> new AssertionError("settled a mutation not in the outbox: " + mutationId));
    }
}
