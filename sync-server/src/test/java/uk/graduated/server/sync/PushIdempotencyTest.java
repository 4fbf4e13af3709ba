package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.server.sync.SyncFixture.Mutations;
import uk.graduated.server.testing.ApiClient;

/** Sending the same mutations again, for whatever reason, applies them once (protocol section 6.3). */
class PushIdempotencyTest {
    private static SyncFixture fixture;
    private static ApiClient senco;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        senco = fixture.api(fixture.senco, fixture.tablet);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void push_sameBatchTwice_appliesOnceAndAnswersTheSameOutcomes() {
        UUID pupil = UUID.randomUUID();
        UUID need = UUID.randomUUID();
        String batch = Mutations.pushBody(fixture.tablet.id(),
                Mutations.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"), fixture.tablet.id()),
                Mutations.create(EntityType.SEN_NEED, fixture.records.need(need, pupil), fixture.tablet.id()),
                Mutations.create(EntityType.SEN_NEED, fixture.records.need(UUID.randomUUID(), UUID.randomUUID()),
                        fixture.tablet.id()));

        ApiClient.Reply first = senco.post("/api/v1/sync/push", batch);
        ApiClient.Reply second = senco.post("/api/v1/sync/push", batch);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(PushResponse.fromJson(second.body())).isEqualTo(PushResponse.fromJson(first.body()));
        assertThat(PushResponse.fromJson(first.body()).outcomes()).extracting(o -> o.status().code())
                .containsExactly("applied", "applied", "rejected");
        assertThat(rows("pupil", pupil)).isEqualTo(1);
        assertThat(rows("sen_need", need)).isEqualTo(1);
        assertThat(historyRows(pupil)).isEqualTo(1);
    }

    @Test
    void push_replyLostAfterCommit_resentBatchGetsTheStoredOutcomesAndWritesNothingNew() {
        UUID pupil = UUID.randomUUID();
        Mutation create = Mutations.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"), fixture.tablet.id());
        Mutation rename = Mutations.edit(EntityType.PUPIL, pupil, null, json("preferredName", "Nell"),
                fixture.tablet.id());
        PushRequest request = new PushRequest(1, fixture.tablet.id(), List.of(create, rename));
        // The server commits; the tablet never hears back.
        PushResponse committed = fixture.push.push(SyncFixture.on(fixture.senco, fixture.tablet), request);
        long versionAfterCommit = clock();

        ApiClient.Reply resent = senco.post("/api/v1/sync/push", request.toJson());

        assertThat(PushResponse.fromJson(resent.body())).isEqualTo(committed);
        assertThat(committed.outcomes()).allMatch(o -> o instanceof MutationOutcome.Applied);
        assertThat(rows("pupil", pupil)).isEqualTo(1);
        assertThat(historyRows(pupil)).isEqualTo(2);
        assertThat(clock()).as("a repeat takes no version").isEqualTo(versionAfterCommit);
    }

    @Test
    void push_rejectedMutationResent_getsTheSameRejection() {
        Mutation orphan = Mutations.create(EntityType.SEN_NEED,
                fixture.records.need(UUID.randomUUID(), UUID.randomUUID()), fixture.tablet.id());
        String batch = Mutations.pushBody(fixture.tablet.id(), orphan);

        MutationOutcome first = PushResponse.fromJson(senco.post("/api/v1/sync/push", batch).body()).outcomes().get(0);
        MutationOutcome again = PushResponse.fromJson(senco.post("/api/v1/sync/push", batch).body()).outcomes().get(0);

        assertThat(again).isEqualTo(first);
        assertThat(first).isInstanceOfSatisfying(MutationOutcome.Rejected.class,
                r -> assertThat(r.field()).isEqualTo("fields.pupilId"));
    }

    private static JsonObject json(String member, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(member, value);
        return object;
    }

    private static long clock() {
        return fixture.jdbi().withHandle(h -> h.createQuery("select version from school_clock where school_id = :s")
                .bind("s", fixture.school.id()).mapTo(Long.class).one());
    }

    private static int rows(String table, UUID id) {
        return fixture.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table + " where id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }

    private static int historyRows(UUID id) {
        return fixture.jdbi().withHandle(h -> h.createQuery("select count(*) from record_history where entity_id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }
}
