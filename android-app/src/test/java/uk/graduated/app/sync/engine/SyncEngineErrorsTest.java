package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.DeviceStatus;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;

public class SyncEngineErrorsTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    public void networkFailures_backOffLongerEachTime_andASuccessStartsOver() {
        h.transport.failEverything = FakeTransport.lost();

        Duration first = h.sync().retryIn();
        Duration second = h.sync().retryIn();
        Duration third = h.sync().retryIn();
        h.transport.failEverything = null;
        SyncResult recovered = h.sync();
        h.transport.failEverything = FakeTransport.lost();
        Duration afterRecovery = h.sync().retryIn();

        assertThat(first).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(second).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(third).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(recovered.succeeded()).isTrue();
        assertThat(afterRecovery).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    public void busyServer_isRetriedNoSoonerThanItsRetryAfter() {
        h.transport.failEverything = TransportException.http(503, ErrorBody.of(ErrorCode.UNAVAILABLE, "r1"),
                Duration.ofSeconds(120));

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.SERVER_BUSY);
        assertThat(result.retryIn()).isGreaterThanOrEqualTo(Duration.ofSeconds(120));
    }

    @Test
    public void expiredSession_asksForThePin_keepsTheOutbox_andIsNotRetriedByItself() {
        h.queueEdits(2);
        h.transport.failEverything = TransportException.http(401, ErrorBody.of(ErrorCode.SESSION_EXPIRED, "r1"), null);

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.NEEDS_SIGN_IN);
        assertThat(result.retryIn()).isNull();
        assertThat(h.outbox.waitingIds()).hasSize(2);
        assertThat(h.cursors.lastError.get(EngineHarness.TA_SCOPE).kind()).isEqualTo(SyncError.Kind.NEEDS_SIGN_IN);
    }

    @Test
    public void unknownDeviceToken_asksToEnrolAgain() {
        h.transport.failEverything = TransportException.http(401, ErrorBody.of(ErrorCode.UNAUTHENTICATED, "r1"), null);

        SyncResult result = h.engine.sync(SyncScope.device());

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.NEEDS_ENROLMENT);
    }

    @Test
    public void revokedDevice_carriesTheWipeInstruction() {
        DeviceStatus revoked = new DeviceStatus(EngineHarness.DEVICE, DeviceState.REVOKED, true,
                Instant.parse("2026-11-24T08:02:19Z"));
        h.transport.failEverything = TransportException.http(403, ErrorBody.of(revoked, "r1"), null);

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.DEVICE_REVOKED);
        assertThat(result.error().wipe()).isTrue();
        assertThat(result.retryIn()).isNull();
    }

    @Test
    public void outdatedApp_isToldToUpdate_andKeepsItsOutbox() {
        h.queueEdits(1);
        h.transport.failEverything = TransportException.http(426, ErrorBody.of(ErrorCode.UPGRADE_REQUIRED, "r1"), null);

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.UPGRADE_REQUIRED);
        assertThat(result.error().message()).isEqualTo("Update the Graduated app to keep syncing.");
        assertThat(h.outbox.waitingIds()).hasSize(1);
    }

    @Test
    public void stopRequested_endsTheRoundBetweenRequests_keepingWhatWasDone() {
        h.queueEdits(600);

        SyncResult result = h.engine.sync(EngineHarness.TA_SCOPE, () -> !h.transport.pushes.isEmpty());

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.STOPPED);
        assertThat(result.pushed()).isEqualTo(500);
        assertThat(h.outbox.waitingIds()).hasSize(100);
        assertThat(result.retryIn()).isNotNull();
    }

    @Test
    public void answerThatDoesNotMatchThePush_keepsEveryRow() {
        List<Mutation> queued = h.queueEdits(2);
        h.transport.server.answer(queued.get(0).entityId(), m -> new MutationOutcome.Applied(UUID.randomUUID(), 7));

        SyncResult result = h.sync();

        assertThat(result.error().kind()).isEqualTo(SyncError.Kind.PROTOCOL);
        assertThat(h.outbox.waitingIds()).hasSize(2);
    }
}
