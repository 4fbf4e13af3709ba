package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static uk.graduated.app.sync.engine.EngineHarness.TA_SCOPE;
import static uk.graduated.app.sync.engine.EngineHarness.change;
import static uk.graduated.app.sync.engine.EngineHarness.page;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.ResyncReason;

/** The next pull page is requested while the engine applies the one before it; pages still commit in order. */
public class SyncEnginePullAheadTest {
    private static final UUID TARGET_1 = UUID.fromString("01a207b2-ebc0-7d3a-8f21-ddb66cad4a31");
    private static final UUID TARGET_2 = UUID.fromString("01a207b2-ebc0-7d3a-8f21-ddb66cad4a32");
    private static final UUID TARGET_3 = UUID.fromString("01a207b2-ebc0-7d3a-8f21-ddb66cad4a33");

    private static void threePages(EngineHarness h) {
        h.transport.server.queuePage(page("c1", true, List.of(change(TARGET_1, 1201, "A")), List.of()));
        h.transport.server.queuePage(page("c2", true, List.of(change(TARGET_2, 1202, "B")), List.of()));
        h.transport.server.queuePage(page("c3", false, List.of(change(TARGET_3, 1203, "C")), List.of()));
    }

    /** Waits for something another thread does; the limit only stops a broken engine from hanging the build. */
    private static boolean arrives(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    public void eachPage_isRequestedBeforeTheOneAheadIsApplied_andPagesCommitInOrderWithTheirOwnCursors() {
        EngineHarness h = new EngineHarness();
        h.cursors.cursors.put(TA_SCOPE, "c0");
        threePages(h);
        List<Integer> pullsSentWhenApplying = new ArrayList<>();
        h.applier.whileApplying = page -> pullsSentWhenApplying.add(h.transport.pulls.size());

        SyncResult result = h.sync();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.pulled()).isEqualTo(3);
        assertThat(h.transport.pulls).extracting(PullRequest::cursor).containsExactly("c0", "c1", "c2");
        assertThat(pullsSentWhenApplying).containsExactly(2, 3, 3);
        assertThat(h.applier.committedCursors).containsExactly("c1", "c2", "c3");
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c3");
    }

    @Test
    public void onItsOwnThread_theNextPageIsPreparedThereToo_butEveryPageIsAppliedOnTheEnginesThread() {
        EngineHarness h = new EngineHarness(PageAhead.OWN_THREAD);
        threePages(h);
        List<String> appliedOn = new ArrayList<>();
        h.applier.whileApplying = page -> appliedOn.add(Thread.currentThread().getName());
        String engineThread = Thread.currentThread().getName();

        SyncResult result = h.sync();

        assertThat(result.succeeded()).isTrue();
        assertThat(h.applier.preparedOn).containsOnly(entry("c1", engineThread), entry("c2", "sync-pull-ahead"),
                entry("c3", "sync-pull-ahead"));
        assertThat(appliedOn).containsExactly(engineThread, engineThread, engineThread);
        assertThat(h.applier.committedCursors).containsExactly("c1", "c2", "c3");
    }

    @Test
    public void onItsOwnThread_theNextRequestIsInFlightWhileAPageIsApplied() {
        EngineHarness h = new EngineHarness(PageAhead.OWN_THREAD);
        threePages(h);
        CountDownLatch secondPullSent = h.transport.pullArrived(2);
        AtomicBoolean sentWhileTheFirstPageWasApplied = new AtomicBoolean();
        h.applier.whileApplying = page -> {
            if ("c1".equals(page.nextCursor())) {
                sentWhileTheFirstPageWasApplied.set(arrives(secondPullSent));
            }
        };

        SyncResult result = h.sync();

        assertThat(sentWhileTheFirstPageWasApplied).isTrue();
        assertThat(result.succeeded()).isTrue();
        assertThat(h.applier.committedCursors).containsExactly("c1", "c2", "c3");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1, TARGET_2, TARGET_3);
    }

    @Test
    public void requestAheadFailing_afterPageTwo_leavesTheCursorAtPageTwo_withTheUsualError() {
        EngineHarness h = new EngineHarness();
        threePages(h);
        h.transport.failPull(3, TransportException.http(503, ErrorBody.of(ErrorCode.UNAVAILABLE, "req-busy"),
                Duration.ofSeconds(30)));

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.SERVER_BUSY);
        assertThat(result.error().requestId()).isEqualTo("req-busy");
        assertThat(result.retryIn()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(result.pulled()).isEqualTo(2);
        assertThat(h.applier.committedCursors).containsExactly("c1", "c2");
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c2");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1, TARGET_2);
    }

    @Test
    public void pageFailingToApply_whileTheNextArrived_keepsNeitherOfThem() {
        EngineHarness h = new EngineHarness();
        threePages(h);
        h.applier.crashOnApply = 2;

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.LOCAL_STORE);
        assertThat(h.transport.pulls).hasSize(3);
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c1");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1);
    }

    @Test
    public void mustResyncInThePageAhead_restartsAfterThePageBeforeItCommitted() {
        EngineHarness h = new EngineHarness();
        h.transport.server.queuePage(page("c1", true, List.of(change(TARGET_1, 1201, "A")), List.of()));
        h.transport.server.queuePage(PullResponse.resync(ResyncReason.SCOPE_CHANGED));
        h.transport.server.queuePage(page("fresh", false, List.of(change(TARGET_2, 1400, "B")), List.of()));

        SyncResult result = h.sync();

        assertThat(result.succeeded()).isTrue();
        assertThat(h.applier.restarts).isEqualTo(1);
        assertThat(h.transport.pulls).extracting(PullRequest::cursor).containsExactly(null, "c1", null);
        assertThat(h.applier.records).containsOnlyKeys(TARGET_2);
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("fresh");
    }

    @Test
    public void stopAskedBeforeTheNextRequest_keepsThePageAlreadyHere_andSendsNothingMore() {
        EngineHarness h = new EngineHarness();
        threePages(h);

        SyncResult result = h.engine.sync(TA_SCOPE, () -> !h.transport.pulls.isEmpty());

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.STOPPED);
        assertThat(h.transport.pulls).hasSize(1);
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c1");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1);
    }

    @Test
    public void stopWhileTheRequestAheadIsInFlight_givesItUp_andKeepsOnlyThePagesApplied() {
        EngineHarness h = new EngineHarness(PageAhead.OWN_THREAD);
        threePages(h);
        CountDownLatch neverAnswered = new CountDownLatch(1);
        h.transport.holdPull(2, neverAnswered);
        CountDownLatch secondPullSent = h.transport.pullArrived(2);
        AtomicBoolean stop = new AtomicBoolean();
        h.applier.whileApplying = page -> {
            arrives(secondPullSent);
            stop.set(true);
        };

        SyncResult result = h.engine.sync(TA_SCOPE, stop::get);

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.STOPPED);
        assertThat(arrives(h.transport.heldPullInterrupted)).as("the request in flight was interrupted").isTrue();
        assertThat(h.applier.committedCursors).containsExactly("c1");
        assertThat(h.cursors.cursor(TA_SCOPE)).isEqualTo("c1");
        assertThat(h.applier.records).containsOnlyKeys(TARGET_1);
    }
}
