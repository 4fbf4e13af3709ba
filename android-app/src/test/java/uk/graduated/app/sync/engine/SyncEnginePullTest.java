package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.app.sync.engine.EngineHarness.TA;
import static uk.graduated.app.sync.engine.EngineHarness.TA_SCOPE;
import static uk.graduated.app.sync.engine.EngineHarness.change;
import static uk.graduated.app.sync.engine.EngineHarness.page;
import static uk.graduated.app.sync.engine.EngineHarness.removal;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.ResyncReason;
import uk.graduated.model.validation.ValidationException;

public class SyncEnginePullTest {
    private static final UUID TARGET_1 = UUID.fromString("01a207b2-ebc0-7d3a-8f21-ddb66cad4a26");
    private static final UUID TARGET_2 = UUID.fromString("01a207b2-ebc0-7d3a-8f21-ddb66cad4a27");
    private static final UUID PUPIL = UUID.fromString("01a207b0-d498-78d1-9738-f7d93d9c1724");

    private final EngineHarness h = new EngineHarness();

    @Test
    public void pagesArePulledUntilHasMoreIsFalse_eachWithThePreviousNextCursor() {
        h.cursors.cursors.put(TA_SCOPE, "c0");
        h.transport.server.queuePage(page("c1", true, List.of(change(TARGET_1, 1201, "A")), List.of()));
        h.transport.server.queuePage(page("c2", false, List.of(change(TARGET_2, 1202, "B")), List.of()));

        SyncResult result = h.sync();

        assertThat(result.pulled()).isEqualTo(2);
        assertThat(h.transport.pulls).extracting(PullRequest::cursor).containsExactly("c0", "c1");
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c2");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1, TARGET_2);
    }

    @Test
    public void tombstonesAndRemovals_takeRecordsOffTheTablet() {
        h.transport.server.queuePage(page("c1", true, List.of(change(TARGET_1, 1201, "A")), List.of()));
        h.transport.server.queuePage(page("c2", false,
                List.of(Change.tombstone(EntityType.PLAN_TARGET, TARGET_1, 1210)), List.of(removal(PUPIL))));

        SyncResult result = h.sync();

        assertThat(result.removed()).isEqualTo(2);
        assertThat(h.applier.records).isEmpty();
    }

    @Test
    public void pulledChange_leavesARecordWithAWaitingLocalEditAlone() {
        h.transport.nextPush(FakeTransport.Fault.FAIL_BEFORE);
        Mutation edit = h.queueEdit(TA, TARGET_1, "Tablet's goal");
        h.sync();
        h.transport.server.queuePage(page("c1", false, List.of(change(TARGET_1, 1300, "Server's goal")), List.of()));

        SyncResult result = h.engine.sync(SyncScope.device());

        assertThat(result.pulled()).isZero();
        assertThat(h.applier.records).doesNotContainKey(TARGET_1);
        assertThat(h.outbox.waitingIds()).containsExactly(edit.mutationId());
    }

    @Test
    public void mustResync_keepsTheOutbox_andTheRecordsItProtects() {
        SyncScope device = SyncScope.device();
        h.applier.records.put(TARGET_1, change(TARGET_1, 900, "old").fields());
        h.applier.holders.put(TARGET_1, new HashSet<>(List.of(device)));
        h.applier.records.put(TARGET_2, change(TARGET_2, 901, "old").fields());
        h.applier.holders.put(TARGET_2, new HashSet<>(List.of(device)));
        Mutation waiting = h.queueEdit(TA, TARGET_1, "Tablet's goal");
        h.transport.server.queuePage(PullResponse.resync(ResyncReason.SCOPE_CHANGED));

        SyncResult result = h.engine.sync(device);

        assertThat(result.resynced()).isTrue();
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1);
        assertThat(h.outbox.waitingIds()).containsExactly(waiting.mutationId());
    }

    @Test
    public void mustResync_restartsTheScope_thenAppliesTheFreshPages() {
        h.cursors.cursors.put(TA_SCOPE, "stale");
        h.applier.records.put(TARGET_1, change(TARGET_1, 900, "old").fields());
        h.applier.holders.put(TARGET_1, new HashSet<>(List.of(TA_SCOPE)));
        h.transport.server.queuePage(PullResponse.resync(ResyncReason.CURSOR_EXPIRED));
        h.transport.server.queuePage(page("fresh", false, List.of(change(TARGET_2, 1400, "B")), List.of()));

        SyncResult result = h.sync();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.resynced()).isTrue();
        assertThat(h.applier.restarts).isEqualTo(1);
        assertThat(h.transport.pulls).extracting(PullRequest::cursor).containsExactly("stale", null);
        assertThat(h.applier.records).containsOnlyKeys(TARGET_2);
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("fresh");
    }

    @Test
    public void mustResyncAgainAfterARestart_endsTheRoundInsteadOfLooping() {
        h.transport.server.queuePage(PullResponse.resync(ResyncReason.CURSOR_EXPIRED));
        h.transport.server.queuePage(PullResponse.resync(ResyncReason.CURSOR_EXPIRED));

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.PROTOCOL);
        assertThat(h.applier.restarts).isEqualTo(1);
    }

    @Test
    public void crashBetweenPages_resumesFromTheCursorStoredWithTheLastWholePage() {
        h.transport.server.queuePage(page("c1", true, List.of(change(TARGET_1, 1201, "A")), List.of()));
        h.transport.server.queuePage(page("c2", false, List.of(change(TARGET_2, 1202, "B")), List.of()));
        h.applier.crashOnApply = 2;

        SyncResult crashed = h.sync();

        assertThat(crashed.error().kind()).isEqualTo(SyncError.Kind.LOCAL_STORE);
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c1");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1);

        h.transport.pulls.clear();
        h.transport.server.queuePage(page("c2", false, List.of(change(TARGET_2, 1202, "B")), List.of()));
        SyncResult resumed = h.sync();

        assertThat(resumed.succeeded()).isTrue();
        assertThat(h.transport.pulls.get(0).cursor()).isEqualTo("c1");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1, TARGET_2);
    }

    @Test
    public void networkFailureMidPull_keepsThePagesApplied_andTheirCursor() {
        h.transport.server.queuePage(page("c1", true, List.of(change(TARGET_1, 1201, "A")), List.of()));
        h.transport.server.queuePage(page("c2", false, List.of(change(TARGET_2, 1202, "B")), List.of()));
        h.transport.failPull(2, FakeTransport.lost());

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.NETWORK);
        assertThat(result.pulled()).isEqualTo(1);
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c1");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1);
    }

    @Test
    public void recordTheAppCannotRead_endsTheRoundAsAProtocolError_keepingTheCursor() {
        h.cursors.cursors.put(TA_SCOPE, "c0");
        h.transport.server.queuePage(page("c1", false, List.of(change(TARGET_1, 1201, "A")), List.of()));
        h.applier.crashOnApply = 1;
        h.applier.failure = ValidationException.of("areaOfNeed", "invalid_value", "areaOfNeed must be one of: ...");

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.PROTOCOL);
        assertThat(result.retryIn()).isNull();
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c0");
    }
}
