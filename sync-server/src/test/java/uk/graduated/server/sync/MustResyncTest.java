package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.GoldenFixtures;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.model.sync.ResyncReason;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.SyncFixture.Mutations;
import uk.graduated.server.testing.ApiClient;

/** When the server cannot continue from a cursor, the tablet is told to pull its scope afresh. */
class MustResyncTest {
    private static SyncFixture fixture;
    private static Principal senco;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        senco = SyncFixture.on(fixture.senco, fixture.tablet);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void cursorOlderThanPurgedTombstones_getsCursorExpired_asTheGoldenFixtureShows() {
        UUID pupil = UUID.randomUUID();
        long created = fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        String before = fixture.pullAll(senco, null).cursor();
        fixture.apply(senco, Mutations.delete(EntityType.PUPIL, pupil, created, fixture.tablet.id()));
        String after = fixture.pullAll(senco, before).cursor();
        fixture.jdbi().useHandle(h -> h.execute(
                "update change_log set changed_at = now() - interval '100 days' where entity_id = ?", pupil));

        int purged = new TombstonePurge(fixture.jdbi(), SyncFixture.CLOCK, Duration.ofDays(90)).run();
        ApiClient.Reply expired = fixture.api(fixture.senco, fixture.tablet).post("/api/v1/sync/pull",
                new PullRequest(before, 500).toJson());

        assertThat(purged).isEqualTo(1);
        assertThat(PullResponse.fromJson(expired.body()))
                .isEqualTo(PullResponse.fromJson(GoldenFixtures.read("pull-response-resync")));
        assertThat(fixture.pull.pull(senco, new PullRequest(after, 500)).mustResync())
                .as("a tablet that already had the tombstone carries on").isFalse();
        MutationOutcome edit = fixture.apply(senco, Mutations.create(EntityType.PUPIL,
                fixture.records.pupil(pupil, "Oak"), fixture.tablet.id()));
        assertThat(edit).as("a purged tombstone still keeps the record deleted")
                .isInstanceOfSatisfying(MutationOutcome.Rejected.class,
                        r -> assertThat(r.code()).isEqualTo(RejectionCode.ENTITY_DELETED));
    }

    @Test
    void cursorTheServerDidNotIssue_getsCursorInvalid() {
        PullResponse page = fixture.pull.pull(senco, new PullRequest("djE6MTIwNTowMWEyMDdhYy1hNjQ4", 500));

        assertThat(page).isEqualTo(PullResponse.resync(ResyncReason.CURSOR_INVALID));
    }

    @Test
    void cursorOfAnotherScope_getsScopeChanged() {
        String sencosCursor = fixture.pullAll(senco, null).cursor();

        PullResponse page = fixture.pull.pull(SyncFixture.on(fixture.ta, fixture.tablet), new PullRequest(sencosCursor, 500));

        assertThat(page).isEqualTo(PullResponse.resync(ResyncReason.SCOPE_CHANGED));
    }
}
