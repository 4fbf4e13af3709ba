package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.sync.engine.PageResult;
import uk.graduated.app.sync.engine.PreparedPage;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.plan.PlanExamples;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.GoldenFixtures;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.Removal;
import uk.graduated.model.sync.RemovalReason;
import uk.graduated.model.validation.ValidationException;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class RoomLocalApplierTest {
    /** The records the golden pull page deletes, removes or changes. */
    private static final UUID NEED = UUID.fromString("01a207bb-4860-7658-95e6-0af593bd04cf");
    private static final UUID PUPIL = UUID.fromString("01a207b0-d498-78d1-9738-f7d93d9c1724");
    private static final UUID MEMBERSHIP = UUID.fromString("01a207d2-4718-77f1-b4b9-b5df9e7769b1");
    private static final UUID SESSION = UUID.fromString("01a207b7-1a10-7a09-a170-b33839263059");
    private static final UUID TARGET = UUID.fromString("01a207b2-ebc0-7d3a-8f21-ddb66cad4a26");

    private final LocalFixture f = new LocalFixture();
    private final RoomLocalApplier applier = new RoomLocalApplier(f.db, f.tables);
    private final RoomCursorStore cursors = new RoomCursorStore(f.db);
    private final SyncScope ta = SyncScope.staff(f.ta.staffId());

    @After
    public void close() {
        f.close();
    }

    private static PullResponse page(String next, List<Change> changes, List<Removal> removals) {
        return new PullResponse(changes, removals, next, false, false, null);
    }

    private static Change change(EntityType type, UUID id, long version, JsonObject fields) {
        return new Change(type, id, version, false, fields);
    }

    private static Change target(long version, String goal) {
        Target t = PlanExamples.speakingTarget();
        return change(EntityType.PLAN_TARGET, TARGET, version, TargetJson.toJson(new Target(TARGET, t.cycleId(),
                t.pupilId(), t.outcome(), t.areaOfNeed(), t.measure(), t.baseline(), goal, t.reviewDate(), t.status())));
    }

    /** The TA's scope already holds the pupil, a membership and a need, as an earlier pull left them. */
    private void earlierPull(SyncScope scope) {
        applier.apply(scope, page("c0", List.of(
                change(EntityType.PUPIL, PUPIL, 900, PupilJson.toJson(RegisterExamples.pupil().id(PUPIL).build())),
                change(EntityType.GROUP_MEMBERSHIP, MEMBERSHIP, 901, GroupMembershipJson.toJson(
                        ProvisionExamples.membership().id(MEMBERSHIP).build())),
                change(EntityType.SEN_NEED, NEED, 902, RankedNeedJson.toJson(new RankedNeed(NEED, PUPIL, NeedType.SPLD,
                        RankedNeed.PRIMARY, RegisterExamples.TODAY.minusYears(1), null)))), List.of()));
    }

    private SyncedTable table(EntityType type) {
        return f.tables.require(type);
    }

    @Test
    public void goldenPage_appliesChangesTombstonesAndRemovals_andStoresItsCursor() {
        earlierPull(ta);
        PullResponse golden = PullResponse.fromJson(GoldenFixtures.read("pull-response"));

        PageResult result = applier.apply(ta, golden);

        assertThat(result.applied()).isEqualTo(2);
        assertThat(result.removed()).isEqualTo(3);
        assertThat(table(EntityType.SESSION_LOG).fields(SESSION)).isEqualTo(golden.changes().get(0).fields());
        assertThat(table(EntityType.SESSION_LOG).serverVersion(SESSION)).isEqualTo(1207L);
        assertThat(table(EntityType.PLAN_TARGET).serverVersion(TARGET)).isEqualTo(1209L);
        assertThat(table(EntityType.SEN_NEED).fields(NEED)).isNull();
        assertThat(table(EntityType.PUPIL).fields(PUPIL)).isNull();
        assertThat(table(EntityType.GROUP_MEMBERSHIP).fields(MEMBERSHIP)).isNull();
        assertThat(cursors.cursor(ta)).isEqualTo("djE6MTIxMDowMWEyMDdiYi00ODYw");
    }

    @Test
    public void pulledChange_neverOverwritesARecordWithAWaitingLocalEdit() {
        applier.apply(ta, page("c1", List.of(target(1180, "Reads 80 words")), List.of()));
        f.writer.edit(EntityType.PLAN_TARGET, TARGET, target(1180, "Reads all 100 words").fields());

        PageResult result = applier.apply(ta, page("c2", List.of(target(1209, "Reads 90 words")), List.of()));

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(table(EntityType.PLAN_TARGET).fields(TARGET).get("goal").getAsString())
                .isEqualTo("Reads all 100 words");
        assertThat(table(EntityType.PLAN_TARGET).serverVersion(TARGET)).isEqualTo(1180L);
        assertThat(cursors.cursor(ta)).isEqualTo("c2");
    }

    @Test
    public void aRejectedEdit_noLongerProtectsItsRecord_fromTheServersState() {
        applier.apply(ta, page("c1", List.of(target(1180, "Reads 80 words")), List.of()));
        f.writer.edit(EntityType.PLAN_TARGET, TARGET, target(1180, "Reads all 100 words").fields());
        OutboxEntry edit = f.db.outbox().pendingOf(f.ta.staffId().toString(), 1).get(0);
        f.db.outbox().markRejected(edit.mutationId, "forbidden", null, "Only the SENCO can change targets.", "[]");

        applier.apply(ta, page("c2", List.of(target(1209, "Reads 90 words")), List.of()));

        assertThat(table(EntityType.PLAN_TARGET).fields(TARGET).get("goal").getAsString()).isEqualTo("Reads 90 words");
    }

    @Test
    public void changeOlderThanTheVersionKnown_isNotApplied() {
        applier.apply(ta, page("c1", List.of(target(1300, "Newer")), List.of()));

        PageResult result = applier.apply(ta, page("c2", List.of(target(1250, "Older")), List.of()));

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(table(EntityType.PLAN_TARGET).fields(TARGET).get("goal").getAsString()).isEqualTo("Newer");
    }

    @Test
    public void removal_keepsARecordThatAnotherScopeStillHolds() {
        earlierPull(ta);
        earlierPull(SyncScope.device());

        applier.apply(ta, page("c1", List.of(), List.of(new Removal(EntityType.PUPIL, PUPIL,
                RemovalReason.SCOPE_WITHDRAWN))));

        assertThat(table(EntityType.PUPIL).fields(PUPIL)).isNotNull();
        applier.apply(SyncScope.device(), page("d1", List.of(), List.of(new Removal(EntityType.PUPIL, PUPIL,
                RemovalReason.PUPIL_LEFT))));
        assertThat(table(EntityType.PUPIL).fields(PUPIL)).isNull();
    }

    @Test
    public void pageThatFailsHalfway_keepsNothingOfIt_andTheCursorStaysPut() {
        applier.apply(ta, page("c1", List.of(), List.of()));
        JsonObject unreadable = JsonFields.parseObject("{\"id\":\"" + SESSION + "\",\"minutes\":30}");

        assertThatThrownBy(() -> applier.apply(ta, page("c2", List.of(target(1300, "Goal"),
                change(EntityType.SESSION_LOG, SESSION, 1301, unreadable)), List.of())))
                .isInstanceOf(ValidationException.class);

        assertThat(table(EntityType.PLAN_TARGET).fields(TARGET)).isNull();
        assertThat(cursors.cursor(ta)).isEqualTo("c1");
    }

    @Test
    public void recordItsCodecRefuses_failsNothing_whenAWaitingEditKeepsItFromBeingWritten() {
        applier.apply(ta, page("c1", List.of(target(1180, "Reads 80 words")), List.of()));
        f.writer.edit(EntityType.PLAN_TARGET, TARGET, target(1180, "Reads all 100 words").fields());
        JsonObject unreadable = JsonFields.parseObject("{\"id\":\"" + TARGET + "\",\"goal\":\"Reads 90 words\"}");

        PageResult result = applier.apply(ta, page("c2", List.of(change(EntityType.PLAN_TARGET, TARGET, 1209,
                unreadable)), List.of()));

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(table(EntityType.PLAN_TARGET).fields(TARGET).get("goal").getAsString())
                .isEqualTo("Reads all 100 words");
        assertThat(cursors.cursor(ta)).isEqualTo("c2");
    }

    @Test
    public void pageDecodedOnAnotherThread_isAppliedHere_inItsOwnTransaction() throws Exception {
        PullResponse pulled = page("c1", List.of(target(1209, "Reads 90 words")), List.of());
        ExecutorService pullAhead = Executors.newSingleThreadExecutor();
        PreparedPage decoded;
        try {
            decoded = pullAhead.submit(() -> applier.prepare(pulled)).get();
        } finally {
            pullAhead.shutdown();
        }

        PageResult result = applier.apply(ta, decoded);

        assertThat(result.applied()).isEqualTo(1);
        assertThat(table(EntityType.PLAN_TARGET).fields(TARGET).get("goal").getAsString()).isEqualTo("Reads 90 words");
        assertThat(table(EntityType.PLAN_TARGET).serverVersion(TARGET)).isEqualTo(1209L);
        assertThat(cursors.cursor(ta)).isEqualTo("c1");
    }

    @Test
    public void restart_dropsTheScopesRecords_butKeepsTheOutbox_whatItProtects_andOtherScopes() {
        earlierPull(ta);
        applier.apply(ta, page("c1", List.of(target(1180, "Reads 80 words")), List.of()));
        applier.apply(SyncScope.device(), page("d1", List.of(change(EntityType.SEN_NEED, NEED, 902,
                table(EntityType.SEN_NEED).fields(NEED))), List.of()));
        f.writer.edit(EntityType.PLAN_TARGET, TARGET, target(1180, "Reads all 100 words").fields());

        applier.restart(ta);

        assertThat(table(EntityType.PUPIL).fields(PUPIL)).isNull();
        assertThat(table(EntityType.GROUP_MEMBERSHIP).fields(MEMBERSHIP)).isNull();
        assertThat(table(EntityType.SEN_NEED).fields(NEED)).isNotNull();
        assertThat(table(EntityType.PLAN_TARGET).fields(TARGET).get("goal").getAsString())
                .isEqualTo("Reads all 100 words");
        assertThat(f.db.outbox().pendingCount()).isEqualTo(1);
        assertThat(cursors.cursor(ta)).isNull();
    }
}
