package uk.graduated.app.sync.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.model.sync.SyncLimits;

/** Step 1 of a round: sends one person's outbox to the server and settles every answer. */
final class Pusher {
    private static final int PAYLOAD_TOO_LARGE = 413;

    private final UUID deviceId;
    private final OutboxStore outbox;
    private final SyncTransport transport;

    Pusher(UUID deviceId, OutboxStore outbox, SyncTransport transport) {
        this.deviceId = deviceId;
        this.outbox = outbox;
        this.transport = transport;
    }

    void pushAll(SyncScope scope, SyncTally tally, BooleanSupplier stopRequested)
            throws TransportException, SyncStopped {
        int batchLimit = SyncLimits.MAX_MUTATIONS_PER_PUSH;
        Set<UUID> settled = new HashSet<>();
        while (true) {
            SyncStopped.check(stopRequested);
            // 1. The oldest waiting rows of this person, in the order they were made: the server
            //    records the session's person as their author, and an edit must not overtake the
            //    insert it edits. Rejected rows are not among them: resent, they would only be
            //    refused again.
            List<Mutation> waiting = outbox.waiting(scope.staffId(), batchLimit);
            if (waiting.isEmpty()) {
                return;
            }
            checkNotSettledBefore(waiting, settled);
            // 2. As many as fit in one body. Each keeps the mutation id it was saved with, so a
            //    batch resent after a lost reply is answered from the server's memory, not applied twice.
            List<Mutation> batch = waiting.subList(0, PushBatches.fitting(waiting, SyncLimits.MAX_REQUEST_BODY_BYTES));
            PushRequest request = new PushRequest(ProtocolVersion.CURRENT.value(), deviceId, batch);
            PushResponse response;
            try {
                response = transport.push(scope, request);
            } catch (TransportException e) {
                // 3. A body the server finds too large is sent again in halves; nothing of it was applied.
                if (e.status() == PAYLOAD_TOO_LARGE && batch.size() > 1) {
                    batchLimit = batch.size() / 2;
                    continue;
                }
                // Any other failure keeps every row: the next round resends them with the same ids.
                throw e;
            }
            if (!response.answers(request)) {
                throw TransportException.unreadable(200, "the push response does not answer the mutations sent,"
                        + " in order", null);
            }
            // 4. Settle every answer in one local transaction.
            outbox.settle(settlements(batch, response, tally));
            for (Mutation mutation : batch) {
                settled.add(mutation.mutationId());
            }
        }
    }

    /**
     * Applied: the row leaves, the record remembers the server version. Merged: the same, because
     * the server kept this change's values (the ones already on the tablet) and put the other
     * device's values in history; the person is told. Rejected: the row stays, marked, never dropped.
     */
    private static List<Settlement> settlements(List<Mutation> batch, PushResponse response, SyncTally tally) {
        List<Settlement> settlements = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Mutation mutation = batch.get(i);
            MutationOutcome outcome = response.outcomes().get(i);
            if (outcome instanceof MutationOutcome.Applied applied) {
                settlements.add(new Settlement.Acknowledged(mutation, applied.serverVersion()));
                tally.pushed();
            } else if (outcome instanceof MutationOutcome.Merged merged) {
                settlements.add(new Settlement.Acknowledged(mutation, merged.serverVersion()));
                tally.merged(new MergedChange(mutation.entityType(), mutation.entityId(), merged.resolutions()));
            } else {
                settlements.add(new Settlement.Refused(mutation, (MutationOutcome.Rejected) outcome));
                tally.rejected();
            }
        }
        return settlements;
    }

    /** A store that failed to settle would make this loop resend the same rows for ever. */
    private static void checkNotSettledBefore(List<Mutation> waiting, Set<UUID> settled) {
        for (Mutation mutation : waiting) {
            if (settled.contains(mutation.mutationId())) {
                throw new IllegalStateException("outbox row " + mutation.mutationId()
                        + " is still waiting after the server answered for it");
            }
        }
    }
}
