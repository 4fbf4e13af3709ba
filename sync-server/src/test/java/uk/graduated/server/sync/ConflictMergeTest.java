package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.FieldResolution;
import uk.graduated.model.sync.FieldResolution.Resolution;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.SyncFixture.Mutations;

/**
 * Two tablets edit the same record from the same base version: the server merges field by field in
 * arrival order, the later value wins, the value it replaced goes to the record's history, and long
 * text changed on both sides is kept in both forms and flagged for the SENCO (protocol 6.3, rule 10).
 */
class ConflictMergeTest {
    private static final String GOAL_A = "Reads all 100 high-frequency words by sight, in and out of context.";
    private static final String GOAL_B = "Reads 80 of the 100 high-frequency words by sight.";

    private static SyncFixture fixture;
    private static Principal onTablet;
    private static Principal onOtherTablet;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        onTablet = SyncFixture.on(fixture.senco, fixture.tablet);
        onOtherTablet = SyncFixture.on(fixture.senco, fixture.otherTablet);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void twoTabletsEditAPupil_fromTheSameBase_mergeFieldByFieldAndKeepTheLoserInHistory() {
        UUID pupil = UUID.randomUUID();
        long base = fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));

        MutationOutcome first = fixture.apply(onTablet, Mutations.edit(EntityType.PUPIL, pupil, base,
                fields(Map.of("preferredName", "Nell", "className", "Birch")), fixture.tablet.id()));
        MutationOutcome second = fixture.apply(onOtherTablet, Mutations.edit(EntityType.PUPIL, pupil, base,
                fields(Map.of("preferredName", "Pen", "eal", true)), fixture.otherTablet.id()));

        assertThat(first).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(second).isInstanceOfSatisfying(MutationOutcome.Merged.class, merged ->
                assertThat(merged.resolutions()).containsExactly(
                        new FieldResolution("preferredName", Resolution.OVERWROTE, new JsonPrimitive("Nell"))));
        JsonObject now = current(pupil);
        assertThat(now.get("preferredName").getAsString()).isEqualTo("Pen");
        assertThat(now.get("className").getAsString()).as("the first edit's other field stays").isEqualTo("Birch");
        assertThat(now.get("eal").getAsBoolean()).isTrue();
        JsonObject history = lastHistory(pupil);
        assertThat(history.getAsJsonObject("old_data").get("preferredName").getAsString()).isEqualTo("Nell");
        assertThat(history.get("device_id").getAsString()).isEqualTo(fixture.otherTablet.id().toString());
        assertThat(history.get("needs_review").getAsBoolean()).isFalse();
    }

    @Test
    void twoTabletsRewriteALongGoal_keepBothFormsAndFlagThemForTheSenco() {
        UUID target = planTarget("Reads common words.");
        long base = version(target);

        fixture.apply(onTablet, Mutations.edit(EntityType.PLAN_TARGET, target, base, fields(Map.of("goal", GOAL_B)),
                fixture.tablet.id()));
        MutationOutcome second = fixture.apply(onOtherTablet, Mutations.edit(EntityType.PLAN_TARGET, target, base,
                fields(Map.of("goal", GOAL_A)), fixture.otherTablet.id()));

        assertThat(second).isInstanceOfSatisfying(MutationOutcome.Merged.class, merged ->
                assertThat(merged.resolutions()).containsExactly(
                        new FieldResolution("goal", Resolution.KEPT_BOTH, new JsonPrimitive(GOAL_B))));
        assertThat(current(target).get("goal").getAsString()).isEqualTo(GOAL_A);
        JsonObject history = lastHistory(target);
        assertThat(history.get("needs_review").getAsBoolean()).isTrue();
        JsonArray conflict = history.getAsJsonArray("conflict");
        assertThat(conflict.get(0).getAsJsonObject().get("otherValue").getAsString()).isEqualTo(GOAL_B);
    }

    @Test
    void oneTabletsOwnEarlierEdit_neverConflictsWithItsLaterOne() {
        UUID pupil = UUID.randomUUID();
        long base = fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));

        fixture.apply(onTablet, Mutations.edit(EntityType.PUPIL, pupil, base, fields(Map.of("preferredName", "Nell")),
                fixture.tablet.id()));
        MutationOutcome later = fixture.apply(onTablet, Mutations.edit(EntityType.PUPIL, pupil, base,
                fields(Map.of("preferredName", "Nella")), fixture.tablet.id()));

        assertThat(later).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(current(pupil).get("preferredName").getAsString()).isEqualTo("Nella");
    }

    @Test
    void editFromTheCurrentVersion_isAppliedWithoutLookingForConflicts() {
        UUID pupil = UUID.randomUUID();
        long base = fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        MutationOutcome first = fixture.apply(onTablet, Mutations.edit(EntityType.PUPIL, pupil, base,
                fields(Map.of("preferredName", "Nell")), fixture.tablet.id()));
        long seen = ((MutationOutcome.Applied) first).serverVersion();

        MutationOutcome second = fixture.apply(onOtherTablet, Mutations.edit(EntityType.PUPIL, pupil, seen,
                fields(Map.of("preferredName", "Pen")), fixture.otherTablet.id()));

        assertThat(second).isInstanceOf(MutationOutcome.Applied.class);
    }

    private static UUID planTarget(String goal) {
        UUID pupil = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        fixture.create(EntityType.SUPPORT_PLAN, fixture.records.plan(plan, pupil));
        fixture.create(EntityType.PLAN_CYCLE, fixture.records.cycle(cycle, plan));
        fixture.create(EntityType.PLAN_TARGET, fixture.records.target(target, cycle, pupil, goal));
        return target;
    }

    private static JsonObject fields(Map<String, Object> values) {
        JsonObject fields = new JsonObject();
        values.forEach((name, value) -> fields.add(name, value instanceof Boolean b ? new JsonPrimitive(b)
                : new JsonPrimitive(value.toString())));
        return fields;
    }

    private static JsonObject current(UUID id) {
        return fixture.pullAll(onTablet, null).changes().stream().filter(c -> c.entityId().equals(id))
                .findFirst().orElseThrow().fields();
    }

    private static long version(UUID id) {
        return fixture.jdbi().withHandle(h -> h.createQuery("select version from change_log where entity_id = :id")
                .bind("id", id).mapTo(Long.class).one());
    }

    private static JsonObject lastHistory(UUID id) {
        String row = fixture.jdbi().withHandle(h -> h.createQuery("""
                        select row_to_json(h)::text from (
                          select old_data, new_data, conflict, needs_review, device_id from record_history
                          where entity_id = :id order by version desc limit 1) h""")
                .bind("id", id).mapTo(String.class).one());
        return JsonParser.parseString(row).getAsJsonObject();
    }
}
