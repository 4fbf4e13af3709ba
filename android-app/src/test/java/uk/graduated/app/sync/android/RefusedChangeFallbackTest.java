package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.app.sync.engine.Settlement;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.plan.PlanExamples;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.RejectionCode;

/**
 * A refused change must not leave its refused values on the tablet (protocol 6.4). The defect this
 * guards against: a pull page carried the record while a waiting change protected it, so the page
 * skipped it; the change was then refused (entity_deleted), and since no later page carries the
 * record again, the tablet kept the refused values for good.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class RefusedChangeFallbackTest {
    private static final UUID TARGET = PlanExamples.speakingTarget().id();

    private final LocalFixture f = new LocalFixture();
    private final RoomLocalApplier applier = new RoomLocalApplier(f.db, f.tables);
    private final RoomOutboxStore outbox = new RoomOutboxStore(f.db, f.tables);
    private final SyncScope ta = SyncScope.staff(f.ta.staffId());
    private final SyncedTable targets = f.tables.require(EntityType.PLAN_TARGET);

    @After
    public void close() {
        f.close();
    }

    @Test
    public void refusedEdit_afterAPageSkippedItsTombstone_takesTheRecordOffTheTablet() {
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 900, false, target("Reads 60 words by sight.")));
        Mutation edit = editGoal("Reads 80 words by sight.");
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 950, true, new JsonObject()));
        assertThat(targets.fields(TARGET).get("goal").getAsString()).isEqualTo("Reads 80 words by sight.");

        refuse(edit, RejectionCode.ENTITY_DELETED);

        assertThat(targets.fields(TARGET)).isNull();
        assertThat(targets.serverVersion(TARGET)).isNull();
        assertThat(f.db.recordScopes().holders("plan_target", TARGET.toString())).isZero();
        assertThat(f.db.outbox().rejected()).extracting(e -> e.mutationId).containsExactly(
                edit.mutationId().toString());
    }

    @Test
    public void refusedEdit_afterAPageSkippedANewerState_showsThatState() {
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 900, false, target("Reads 60 words by sight.")));
        Mutation edit = editGoal("Reads 80 words by sight.");
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 950, false, target("Reads 70 words by sight.")));

        refuse(edit, RejectionCode.VALIDATION_FAILED);

        assertThat(targets.fields(TARGET)).isEqualTo(target("Reads 70 words by sight."));
        assertThat(targets.serverVersion(TARGET)).isEqualTo(950L);
    }

    @Test
    public void refusedEdit_withNoNewerServerState_showsTheStateItWasEditedFrom() {
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 900, false, target("Reads 60 words by sight.")));
        Mutation edit = editGoal("Reads 80 words by sight.");

        refuse(edit, RejectionCode.VALIDATION_FAILED);

        assertThat(targets.fields(TARGET)).isEqualTo(target("Reads 60 words by sight."));
        assertThat(targets.serverVersion(TARGET)).isEqualTo(900L);
    }

    @Test
    public void refusedEdit_whileALaterEditOfTheRecordWaits_keepsTheLocalValuesUntilThatIsAnswered() {
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 900, false, target("Reads 60 words by sight.")));
        Mutation first = editGoal("Reads 80 words by sight.");
        Mutation second = editGoal("Reads 90 words by sight.");

        refuse(first, RejectionCode.VALIDATION_FAILED);
        assertThat(targets.fields(TARGET)).isEqualTo(target("Reads 90 words by sight."));

        refuse(second, RejectionCode.VALIDATION_FAILED);
        assertThat(targets.fields(TARGET)).isEqualTo(target("Reads 60 words by sight."));
    }

    @Test
    public void refusedDelete_showsTheRecordAgain_asTheServerHasIt() {
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 900, false, target("Reads 60 words by sight.")));
        Mutation delete = f.writer.delete(EntityType.PLAN_TARGET, TARGET);
        assertThat(targets.fields(TARGET)).isNull();

        refuse(delete, RejectionCode.FORBIDDEN);

        assertThat(targets.fields(TARGET)).isEqualTo(target("Reads 60 words by sight."));
    }

    @Test
    public void refusedCreate_dropsTheRecordTheServerNeverHad_andKeepsTheRefusedChangeForThePerson() {
        SessionLog log = SessionExamples.sessionLog().build();
        Mutation create = f.writer.create(EntityType.SESSION_LOG, log.id(), SessionLogJson.toJson(log));

        refuse(create, RejectionCode.VALIDATION_FAILED);

        assertThat(f.tables.require(EntityType.SESSION_LOG).fields(log.id())).isNull();
        OutboxEntry kept = f.db.outbox().find(create.mutationId().toString());
        assertThat(kept.state).isEqualTo(OutboxEntry.STATE_REJECTED);
        assertThat(kept.fieldsJson).contains(log.id().toString());
    }

    @Test
    public void acknowledgedEdit_leavesNoCopyBehind_soALaterRefusalFallsBackOnTheNewerState() {
        pull(new Change(EntityType.PLAN_TARGET, TARGET, 900, false, target("Reads 60 words by sight.")));
        Mutation accepted = editGoal("Reads 80 words by sight.");
        outbox.settle(List.of(new Settlement.Acknowledged(accepted, 960)));
        assertThat(f.db.serverCopies().find("plan_target", TARGET.toString())).isNull();
        Mutation refused = editGoal("Reads 90 words by sight.");

        refuse(refused, RejectionCode.VALIDATION_FAILED);

        assertThat(targets.fields(TARGET)).isEqualTo(target("Reads 80 words by sight."));
        assertThat(targets.serverVersion(TARGET)).isEqualTo(960L);
    }

    private void pull(Change change) {
        applier.apply(ta, new PullResponse(List.of(change), List.of(), "c" + change.version(), false, false, null));
    }

    private Mutation editGoal(String goal) {
        return f.writer.edit(EntityType.PLAN_TARGET, TARGET, target(goal));
    }

    private void refuse(Mutation mutation, RejectionCode code) {
        outbox.settle(List.of(new Settlement.Refused(mutation, new MutationOutcome.Rejected(mutation.mutationId(),
                code, null, "The server refused this change.", List.of()))));
    }

    private static JsonObject target(String goal) {
        Target t = PlanExamples.speakingTarget();
        return TargetJson.toJson(new Target(TARGET, t.cycleId(), t.pupilId(), t.outcome(), t.areaOfNeed(), t.measure(),
                t.baseline(), goal, t.reviewDate(), t.status()));
    }
}
