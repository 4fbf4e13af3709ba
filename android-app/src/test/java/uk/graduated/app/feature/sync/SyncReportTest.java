package uk.graduated.app.feature.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonPrimitive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.app.sync.engine.MergedChange;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.FieldResolution;

public class SyncReportTest {
    private static final Instant NOW = Instant.parse("2028-01-17T08:40:00Z");
    private static final UUID TA = UUID.fromString("7e620000-0000-4000-8000-000000000010");

    private static SyncResult result(SyncScope scope, int pushed, int rejected, int pulled, List<MergedChange> merged,
                                     SyncError error) {
        return new SyncResult(scope, pushed, merged, rejected, pulled, 0, 0, false, error,
                error == null ? null : Duration.ofMinutes(1), NOW);
    }

    @Test
    public void aRun_isSummedUpAcrossItsRounds() {
        List<String> lines = SyncReport.lines(List.of(result(SyncScope.device(), 0, 0, 5, List.of(), null),
                result(SyncScope.staff(TA), 3, 1, 7, List.of(), null)));

        assertThat(lines).containsExactly("Sent 3 changes, received 12 updates.",
                "1 change refused by the server: see below to fix or discard.");
    }

    @Test
    public void aMergeThatKeptBothTexts_saysTheSencoWillCheckThem() {
        MergedChange merged = new MergedChange(EntityType.PLAN_TARGET, UUID.randomUUID(), List.of(
                new FieldResolution("outcome", FieldResolution.Resolution.KEPT_BOTH, new JsonPrimitive("other"))));

        List<String> lines = SyncReport.lines(List.of(result(SyncScope.staff(TA), 1, 0, 0, List.of(merged), null)));

        assertThat(lines.get(1)).contains("plan target").contains("Both versions of the longer text were kept");
    }

    @Test
    public void aRunStoppedByTheNetwork_saysTheWorkIsSafe() {
        List<String> lines = SyncReport.lines(List.of(result(SyncScope.device(), 0, 0, 0, List.of(),
                SyncError.of(SyncError.Kind.NETWORK, "timeout"))));

        assertThat(lines).last().asString().contains("Your work is safe on this tablet");
        assertThat(SyncReport.mustWipe(List.of(result(SyncScope.device(), 0, 0, 0, List.of(),
                SyncError.of(SyncError.Kind.NETWORK, "timeout"))))).isFalse();
    }

    @Test
    public void aRevokedOrForgottenTablet_mustBeWiped() {
        SyncError revoked = new SyncError(SyncError.Kind.DEVICE_REVOKED, "removed", "device_revoked", "r", null, true);
        SyncError unknown = SyncError.of(SyncError.Kind.NEEDS_ENROLMENT, "unknown token");

        assertThat(SyncReport.mustWipe(List.of(result(SyncScope.device(), 0, 0, 0, List.of(), revoked)))).isTrue();
        assertThat(SyncReport.mustWipe(List.of(result(SyncScope.device(), 0, 0, 0, List.of(), unknown)))).isTrue();
    }

    @Test
    public void aTabletNotEnrolled_hasNothingToSync() {
        assertThat(SyncReport.lines(List.of())).containsExactly("This tablet is not enrolled, so there is nothing to sync.");
    }
}
