package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.SyncFixture.Mutations;

/** Deletes are tombstones that sync like changes, and nothing brings a deleted record back. */
class TombstoneTest {
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
    void delete_reachesTabletsAsATombstoneAtANewVersion() {
        UUID pupil = UUID.randomUUID();
        long created = fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        String cursor = fixture.pullAll(senco, null).cursor();

        MutationOutcome deleted = fixture.apply(senco, Mutations.delete(EntityType.PUPIL, pupil, created, fixture.tablet.id()));
        SyncFixture.Pulled pulled = fixture.pullAll(senco, cursor);

        long version = ((MutationOutcome.Applied) deleted).serverVersion();
        assertThat(version).isGreaterThan(created);
        assertThat(pulled.changes()).containsExactly(Change.tombstone(EntityType.PUPIL, pupil, version));
    }

    @Test
    void deletedRecord_staysDeleted_whateverATabletSendsLater() {
        UUID pupil = UUID.randomUUID();
        long created = fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        long deletedAt = ((MutationOutcome.Applied) fixture.apply(senco,
                Mutations.delete(EntityType.PUPIL, pupil, created, fixture.tablet.id()))).serverVersion();
        JsonObject rename = new JsonObject();
        rename.addProperty("preferredName", "Nell");

        MutationOutcome edit = fixture.apply(senco, Mutations.edit(EntityType.PUPIL, pupil, created, rename,
                fixture.tablet.id()));
        MutationOutcome recreate = fixture.apply(senco, Mutations.create(EntityType.PUPIL,
                fixture.records.pupil(pupil, "Oak"), fixture.tablet.id()));
        MutationOutcome deleteAgain = fixture.apply(senco, Mutations.delete(EntityType.PUPIL, pupil, created,
                fixture.tablet.id()));

        assertThat(edit).isInstanceOfSatisfying(MutationOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(RejectionCode.ENTITY_DELETED));
        assertThat(recreate).isInstanceOfSatisfying(MutationOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(RejectionCode.ENTITY_DELETED));
        assertThat(deleteAgain).as("a second delete is applied at the tombstone's version")
                .isEqualTo(new MutationOutcome.Applied(deleteAgain.mutationId(), deletedAt));
        assertThat(fixture.pullAll(senco, null).changedIds()).doesNotContain(pupil);
    }

    @Test
    void firstPull_leavesTombstonesOut_laterPullsCarryThem() {
        UUID need = UUID.randomUUID();
        UUID pupil = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        long created = fixture.create(EntityType.SEN_NEED, fixture.records.need(need, pupil));
        String cursor = fixture.pullAll(senco, null).cursor();
        fixture.apply(senco, Mutations.delete(EntityType.SEN_NEED, need, created, fixture.tablet.id()));

        assertThat(fixture.pullAll(senco, null).changedIds()).doesNotContain(need);
        assertThat(fixture.pullAll(senco, cursor).changes()).filteredOn(Change::deleted)
                .extracting(Change::entityId).containsExactly(need);
    }
}
