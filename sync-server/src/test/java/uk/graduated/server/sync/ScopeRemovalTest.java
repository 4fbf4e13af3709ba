package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.Removal;
import uk.graduated.model.sync.RemovalReason;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.SyncFixture.Mutations;

/**
 * A teaching assistant's tablet holds the pupils of the groups they run. When a pupil leaves the
 * group (or the school) the next pull removes what the tablet may no longer hold; when a pupil
 * joins, their records arrive however old they are (protocol section 8).
 */
class ScopeRemovalTest {
    private SyncFixture fixture;
    private Principal ta;
    private UUID group;
    private UUID ava;
    private UUID ben;
    private UUID avaNeed;
    private UUID benNeed;
    private UUID benPlace;
    private long benPlaceVersion;
    /** The need of the pupil {@link #pupilWithNeed} made last. */
    private UUID lastNeed;

    @BeforeEach
    void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        ta = SyncFixture.on(fixture.ta, fixture.tablet);
        group = UUID.randomUUID();
        fixture.create(EntityType.INTERVENTION, fixture.records.intervention(group, fixture.ta.id()));
        ava = pupilWithNeed();
        avaNeed = lastNeed;
        ben = pupilWithNeed();
        benNeed = lastNeed;
        fixture.create(EntityType.GROUP_MEMBERSHIP, fixture.records.membership(UUID.randomUUID(), group, ava, null));
        benPlace = UUID.randomUUID();
        benPlaceVersion = fixture.create(EntityType.GROUP_MEMBERSHIP, fixture.records.membership(benPlace, group, ben, null));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void firstPull_holdsThePupilsOfTheGroupsTheAssistantRuns_andNoOthers() {
        UUID stranger = pupilWithNeed();

        SyncFixture.Pulled pulled = fixture.pullAll(ta, null);

        assertThat(pulled.changedIds()).contains(group, ava, ben, avaNeed, benNeed, benPlace)
                .doesNotContain(stranger, lastNeed);
    }

    @Test
    void pupilLeavesTheGroup_isRemovedWithTheirRecords_asScopeWithdrawn() {
        String cursor = fixture.pullAll(ta, null).cursor();
        fixture.apply(SyncFixture.on(fixture.senco, fixture.otherTablet), Mutations.edit(EntityType.GROUP_MEMBERSHIP,
                benPlace, benPlaceVersion, leftOn(yesterday()), fixture.otherTablet.id()));

        PullResponse page = fixture.pull.pull(ta, new PullRequest(cursor, 500));

        assertThat(page.removals()).containsExactlyInAnyOrder(
                new Removal(EntityType.PUPIL, ben, RemovalReason.SCOPE_WITHDRAWN),
                new Removal(EntityType.SEN_NEED, benNeed, RemovalReason.SCOPE_WITHDRAWN));
        assertThat(page.changes()).extracting(c -> c.entityId()).doesNotContain(ben, benNeed, ava, avaNeed);
        PullResponse again = fixture.pull.pull(ta, new PullRequest(cursor, 500));
        assertThat(again.removals()).as("a tablet whose page failed to apply is told again")
                .containsExactlyInAnyOrderElementsOf(page.removals());
        assertThat(fixture.pull.pull(ta, new PullRequest(page.nextCursor(), 500)).removals()).isEmpty();
    }

    @Test
    void pupilJoinsTheGroup_arrivesWithRecordsOlderThanTheCursor() {
        UUID cara = pupilWithNeed();
        UUID caraNeed = lastNeed;
        String cursor = fixture.pullAll(ta, null).cursor();
        UUID caraPlace = UUID.randomUUID();
        fixture.create(EntityType.GROUP_MEMBERSHIP, fixture.records.membership(caraPlace, group, cara, null));

        SyncFixture.Pulled pulled = fixture.pullAll(ta, cursor);

        assertThat(pulled.changedIds()).containsExactlyInAnyOrder(cara, caraNeed, caraPlace);
        assertThat(pulled.removals()).isEmpty();
        assertThat(pulled.changes()).extracting(c -> c.version()).isSorted();
    }

    @Test
    void pupilLeavesTheSchool_isRemovedAsPupilLeft() {
        String cursor = fixture.pullAll(ta, null).cursor();
        JsonObject left = new JsonObject();
        left.addProperty("leftOn", yesterday().toString());
        fixture.apply(SyncFixture.on(fixture.senco, fixture.otherTablet),
                Mutations.edit(EntityType.PUPIL, ava, null, left, fixture.otherTablet.id()));

        PullResponse page = fixture.pull.pull(ta, new PullRequest(cursor, 500));

        assertThat(page.removals()).contains(new Removal(EntityType.PUPIL, ava, RemovalReason.PUPIL_LEFT),
                new Removal(EntityType.SEN_NEED, avaNeed, RemovalReason.PUPIL_LEFT));
    }


    private UUID pupilWithNeed() {
        UUID pupil = UUID.randomUUID();
        lastNeed = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        fixture.create(EntityType.SEN_NEED, fixture.records.need(lastNeed, pupil));
        return pupil;
    }

    private static LocalDate yesterday() {
        return LocalDate.now(SyncFixture.CLOCK).minusDays(1);
    }

    private static JsonObject leftOn(LocalDate date) {
        JsonObject fields = new JsonObject();
        fields.addProperty("leftOn", date.toString());
        return fields;
    }
}
