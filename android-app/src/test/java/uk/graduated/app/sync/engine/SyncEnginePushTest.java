package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.app.sync.engine.EngineHarness.OTHER_TA;
import static uk.graduated.app.sync.engine.EngineHarness.TA;

import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.Test;
import uk.graduated.model.sync.FieldResolution;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.model.validation.FieldError;

public class SyncEnginePushTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    public void waitingChanges_arePushedOldestFirst_inBatchesOfAtMost500() {
        List<Mutation> queued = h.queueEdits(1203);

        SyncResult result = h.sync();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.pushed()).isEqualTo(1203);
        assertThat(h.transport.pushes).extracting(p -> p.mutations().size()).containsExactly(500, 500, 203);
        assertThat(sentIds(h.transport.pushes)).isEqualTo(ids(queued));
        assertThat(h.outbox.waitingIds()).isEmpty();
    }

    @Test
    public void appliedChange_leavesTheOutbox_andTheRecordRemembersTheServerVersion() {
        Mutation edit = h.queueEdit(TA, UUID.randomUUID(), "Reads 100 words");

        h.sync();

        assertThat(h.outbox.waitingIds()).isEmpty();
        assertThat(h.outbox.acknowledgedVersions).containsEntry(edit.entityId(), 1001L);
    }

    @Test
    public void retryAfterALostReply_reusesTheMutationIds_andTheServerAppliesEachOnce() {
        List<Mutation> queued = h.queueEdits(3);
        h.transport.nextPush(FakeTransport.Fault.DROP_REPLY);

        SyncResult lost = h.sync();
        SyncResult retried = h.sync();

        assertThat(lost.error().kind()).isEqualTo(SyncError.Kind.NETWORK);
        assertThat(lost.retryIn()).isNotNull();
        assertThat(retried.succeeded()).isTrue();
        assertThat(h.transport.pushes).hasSize(2);
        assertThat(ids(h.transport.pushes.get(1).mutations())).isEqualTo(ids(h.transport.pushes.get(0).mutations()));
        for (Mutation m : queued) {
            assertThat(h.transport.server.timesApplied(m.mutationId())).isEqualTo(1);
        }
        assertThat(h.outbox.waitingIds()).isEmpty();
    }

    @Test
    public void requestDeliveredTwice_isAppliedOnce() {
        List<Mutation> queued = h.queueEdits(2);
        h.transport.nextPush(FakeTransport.Fault.DUPLICATE);

        SyncResult result = h.sync();

        assertThat(result.pushed()).isEqualTo(2);
        for (Mutation m : queued) {
            assertThat(h.transport.server.timesApplied(m.mutationId())).isEqualTo(1);
        }
    }

    @Test
    public void networkFailureMidway_settlesTheAnsweredBatch_andKeepsTheRest() {
        List<Mutation> queued = h.queueEdits(700);
        h.transport.nextPush(FakeTransport.Fault.NONE);
        h.transport.nextPush(FakeTransport.Fault.FAIL_BEFORE);

        SyncResult result = h.sync();

        assertThat(result.pushed()).isEqualTo(500);
        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.NETWORK);
        assertThat(h.outbox.waitingIds()).isEqualTo(ids(queued.subList(500, 700)));
        assertThat(h.transport.calls).doesNotContain("pull");
    }

    @Test
    public void rejectedChange_staysVisibleWithItsReason_andIsNotSentAgain() {
        Mutation edit = h.queueEdit(TA, UUID.randomUUID(), "");
        h.transport.server.answer(edit.entityId(), m -> new MutationOutcome.Rejected(m.mutationId(),
                RejectionCode.VALIDATION_FAILED, "fields.goal", "goal must not be empty",
                List.of(new FieldError("fields.goal", "required", "goal must not be empty"))));

        SyncResult first = h.sync();
        SyncResult second = h.sync();

        assertThat(first.rejected()).isEqualTo(1);
        assertThat(first.succeeded()).isTrue();
        assertThat(h.outbox.rejected()).hasSize(1);
        MutationOutcome.Rejected reason = h.outbox.rejected().get(0).rejection;
        assertThat(reason.code()).isEqualTo(RejectionCode.VALIDATION_FAILED);
        assertThat(reason.field()).isEqualTo("fields.goal");
        assertThat(reason.message()).isEqualTo("goal must not be empty");
        assertThat(second.rejected()).isZero();
        assertThat(h.transport.pushes).hasSize(1);
    }

    @Test
    public void mergedChange_leavesTheOutbox_andTellsThePersonWhatWasKeptBoth() {
        Mutation edit = h.queueEdit(TA, UUID.randomUUID(), "Reads all 100 high-frequency words by sight, in context.");
        FieldResolution keptBoth = new FieldResolution("goal", FieldResolution.Resolution.KEPT_BOTH,
                new JsonPrimitive("Reads 80 of the 100 high-frequency words by sight."));
        h.transport.server.answer(edit.entityId(), m -> new MutationOutcome.Merged(m.mutationId(), 1209, List.of(keptBoth)));

        SyncResult result = h.sync();

        assertThat(result.pushed()).isEqualTo(1);
        assertThat(result.merged()).hasSize(1);
        assertThat(result.merged().get(0).entityId()).isEqualTo(edit.entityId());
        assertThat(result.merged().get(0).keptBoth()).isTrue();
        assertThat(h.outbox.waitingIds()).isEmpty();
        assertThat(h.outbox.acknowledgedVersions).containsEntry(edit.entityId(), 1209L);
    }

    @Test
    public void bodyTooLarge_isSentAgainInSmallerBatches() {
        List<Mutation> queued = h.queueEdits(300);
        h.transport.largestAcceptedPush = 100;

        SyncResult result = h.sync();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.pushed()).isEqualTo(300);
        assertThat(sentIdsOfAcceptedPushes(100)).isEqualTo(ids(queued));
    }

    @Test
    public void aPersonsRound_pushesOnlyTheirChanges() {
        h.queueEdit(OTHER_TA, UUID.randomUUID(), "Someone else's edit");
        Mutation mine = h.queueEdit(TA, UUID.randomUUID(), "My edit");

        h.sync();

        assertThat(sentIds(h.transport.pushes)).containsExactly(mine.mutationId());
        assertThat(h.outbox.waitingIds()).hasSize(1);
    }

    @Test
    public void theDeviceRound_pushesNothing() {
        h.queueEdits(2);

        SyncResult result = h.engine.sync(SyncScope.device());

        assertThat(result.succeeded()).isTrue();
        assertThat(h.transport.calls).containsExactly("pull");
        assertThat(h.outbox.waitingIds()).hasSize(2);
    }

    @Test
    public void pushComesBeforePull() {
        h.queueEdits(1);

        h.sync();

        assertThat(h.transport.calls).startsWith("push", "pull");
    }

    private List<UUID> sentIdsOfAcceptedPushes(int largestAccepted) {
        return sentIds(h.transport.pushes.stream().filter(p -> p.mutations().size() <= largestAccepted)
                .collect(Collectors.toList()));
    }

    private static List<UUID> sentIds(List<PushRequest> pushes) {
        return pushes.stream().flatMap(p -> p.mutations().stream()).map(Mutation::mutationId)
                .collect(Collectors.toList());
    }

    private static List<UUID> ids(List<Mutation> mutations) {
        return mutations.stream().map(Mutation::mutationId).collect(Collectors.toList());
    }
}
