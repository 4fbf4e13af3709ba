package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.server.sync.SyncFixture.Mutations;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/**
 * Who may write what on a pupil's place in a group, pushed over real HTTP from a tablet: the assistant
 * who runs the group records its entry and exit scores and nothing else; places themselves are the
 * SENCO's (docs/security.md, "Data").
 */
class GroupPlaceScoresTest {
    private static final String NOT_THEIR_GROUP = "You can record entry and exit scores only for the groups you"
            + " run; other changes to a group place are made by the SENCO.";
    private static final String NOT_A_SCORE = "You can record entry and exit scores only; other changes to a group"
            + " place are made by the SENCO.";
    private static final String NOT_THEIR_PLACES = "Only the SENCO adds pupils to groups or removes their places;"
            + " you can record entry and exit scores on the places of the groups you run.";

    private static SyncFixture fixture;
    private static UUID theirGroup;
    private static UUID someoneElsesGroup;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        theirGroup = intervention(fixture.ta.id());
        someoneElsesGroup = intervention(fixture.senco.id());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void teachingAssistantsEntryScore_onAPlaceInAGroupTheyRun_isApplied_notRefusedForbidden() {
        UUID place = place(theirGroup);

        MutationOutcome entry = push(fixture.ta, edit(place, score("entry", "84.5", "2026-09-14")));
        MutationOutcome exit = push(fixture.ta, edit(place, score("exit", "97", "2026-11-20")));

        assertThat(entry).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(exit).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(stored(place, "entry_value")).isEqualByComparingTo("84.5");
        assertThat(stored(place, "exit_value")).isEqualByComparingTo("97");
        UUID lastChangedBy = fixture.jdbi().withHandle(h -> h.createQuery("select changed_by from record_history"
                + " where entity_id = :id order by version desc limit 1").bind("id", place).mapTo(UUID.class).one());
        assertThat(lastChangedBy).isEqualTo(fixture.ta.id());
    }

    @Test
    void teachingAssistant_mayClearAScoreTheyRecorded() {
        UUID place = place(theirGroup);
        push(fixture.ta, edit(place, score("entry", "12", "2026-09-14")));
        JsonObject cleared = new JsonObject();
        cleared.add("entry", JsonNull.INSTANCE);

        assertThat(push(fixture.ta, edit(place, cleared))).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(stored(place, "entry_value")).isNull();
    }

    @Test
    void teachingAssistantsScore_onAPlaceInAGroupTheyDoNotRun_isForbidden() {
        UUID place = place(someoneElsesGroup);

        assertForbidden(push(fixture.ta, edit(place, score("entry", "84.5", "2026-09-14"))), NOT_THEIR_GROUP);
        assertThat(stored(place, "entry_value")).isNull();
    }

    @Test
    void teachingAssistant_changingAnythingButTheScores_isForbidden_evenAlongsideAScore() {
        UUID place = place(theirGroup);
        JsonObject leaving = new JsonObject();
        leaving.addProperty("leftOn", "2026-11-20");
        JsonObject scoreAndLeaving = score("exit", "97", "2026-11-20");
        scoreAndLeaving.addProperty("leftOn", "2026-11-20");
        JsonObject otherGroup = new JsonObject();
        otherGroup.addProperty("interventionId", someoneElsesGroup.toString());

        assertForbidden(push(fixture.ta, edit(place, leaving)), NOT_A_SCORE);
        assertForbidden(push(fixture.ta, edit(place, scoreAndLeaving)), NOT_A_SCORE);
        assertForbidden(push(fixture.ta, edit(place, otherGroup)), NOT_A_SCORE);
        assertThat(column(place, "left_on")).isNull();
        assertThat(stored(place, "exit_value")).isNull();
    }

    @Test
    void teachingAssistant_mayNotAddOrRemoveAPlace_evenInTheirGroup() {
        UUID pupil = pupil();
        UUID newPlace = UUID.randomUUID();
        UUID existing = place(theirGroup);

        assertForbidden(push(fixture.ta, Mutations.create(EntityType.GROUP_MEMBERSHIP,
                fixture.records.membership(newPlace, theirGroup, pupil, null), fixture.tablet.id())), NOT_THEIR_PLACES);
        assertForbidden(push(fixture.ta, Mutations.delete(EntityType.GROUP_MEMBERSHIP, existing, null,
                fixture.tablet.id())), NOT_THEIR_PLACES);
        long written = fixture.jdbi().withHandle(h -> h.createQuery("select count(*) from group_membership"
                + " where id = :created or (id = :existing and deleted)").bind("created", newPlace)
                .bind("existing", existing).mapTo(Long.class).one());
        assertThat(written).isZero();
    }

    @Test
    void practitionerAndTeacher_mayNotRecordScores() {
        UUID place = place(theirGroup);
        JsonObject entry = score("entry", "84.5", "2026-09-14");

        String refusal = "Your role does not allow changing group memberships.";
        assertForbidden(push(fixture.practitioner, edit(place, entry)), refusal);
        assertForbidden(push(fixture.teacher, edit(place, entry)), refusal);
        assertThat(stored(place, "entry_value")).isNull();
    }

    @Test
    void senco_recordsScoresAndChangesPlaces_inAnyGroup() {
        UUID place = place(someoneElsesGroup);
        JsonObject scoreAndLeaving = score("entry", "84.5", "2026-09-14");
        scoreAndLeaving.addProperty("leftOn", "2026-11-20");

        assertThat(push(fixture.senco, edit(place, scoreAndLeaving))).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(push(fixture.senco, Mutations.delete(EntityType.GROUP_MEMBERSHIP, place(theirGroup), null,
                fixture.tablet.id()))).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(stored(place, "entry_value")).isEqualByComparingTo("84.5");
        assertThat(column(place, "left_on").toString()).isEqualTo("2026-11-20");
    }

    /** Pushes one mutation over HTTP as the person signed in on the fixture's tablet. */
    private static MutationOutcome push(TestAccounts.Person person, Mutation mutation) {
        ApiClient.Reply reply = fixture.api(person, fixture.tablet).post("/api/v1/sync/push",
                Mutations.pushBody(fixture.tablet.id(), mutation));
        assertThat(reply.status()).isEqualTo(200);
        return PushResponse.fromJson(reply.body()).outcomes().get(0);
    }

    private static Mutation edit(UUID place, JsonObject fields) {
        return Mutations.edit(EntityType.GROUP_MEMBERSHIP, place, null, fields, fixture.tablet.id());
    }

    private static JsonObject score(String which, String value, String takenOn) {
        JsonObject score = new JsonObject();
        score.addProperty("value", value);
        score.addProperty("takenOn", takenOn);
        JsonObject fields = new JsonObject();
        fields.add(which, score);
        return fields;
    }

    private static BigDecimal stored(UUID place, String column) {
        return (BigDecimal) column(place, column);
    }

    private static Object column(UUID place, String column) {
        return fixture.jdbi().withHandle(h -> h.createQuery("select " + column + " from group_membership where id = :id")
                .bind("id", place).mapToMap().one().get(column));
    }

    private static void assertForbidden(MutationOutcome outcome, String message) {
        assertThat(outcome).isInstanceOfSatisfying(MutationOutcome.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(RejectionCode.FORBIDDEN);
            assertThat(r.message()).isEqualTo(message);
        });
    }

    private static UUID place(UUID group) {
        UUID id = UUID.randomUUID();
        fixture.create(EntityType.GROUP_MEMBERSHIP, fixture.records.membership(id, group, pupil(), null));
        return id;
    }

    private static UUID pupil() {
        UUID id = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(id, "Oak"));
        return id;
    }

    private static UUID intervention(UUID lead) {
        UUID id = UUID.randomUUID();
        fixture.create(EntityType.INTERVENTION, fixture.records.intervention(id, lead));
        return id;
    }
}
