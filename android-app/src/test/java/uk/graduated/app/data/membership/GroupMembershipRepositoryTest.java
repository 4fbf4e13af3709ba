package uk.graduated.app.data.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;

import com.google.gson.JsonObject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.EntityType;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class GroupMembershipRepositoryTest {
    private final LocalFixture f = new LocalFixture();
    private final GroupMembershipRepository memberships = new GroupMembershipRepository(f.db, f.writer);
    private final GroupMembership stillInGroup = ProvisionExamples.membership().leftOn(null).exit(null).build();

    @After
    public void close() {
        f.close();
    }

    private OutboxEntry onlyQueued() {
        return f.db.outbox().pendingOf(f.ta.staffId().toString(), 10).get(0);
    }

    @Test
    public void editedScores_queueOnlyTheChangedFields_basedOnTheVersionLastPulled() {
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(stillInGroup), 1002);
        GroupMembership left = ProvisionExamples.membership().build();

        assertThat(memberships.save(left)).isTrue();

        JsonObject sent = JsonFields.parseObject(onlyQueued().fieldsJson);
        assertThat(sent.keySet()).containsExactlyInAnyOrder("leftOn", "exit");
        assertThat(sent.get("leftOn").getAsString()).isEqualTo(TERM_START.plusWeeks(10).toString());
        assertThat(onlyQueued().baseVersion).isEqualTo(1002L);
        assertThat(memberships.find(left.id())).isEqualTo(left);
        assertThat(f.tables.require(EntityType.GROUP_MEMBERSHIP).serverVersion(left.id())).isEqualTo(1002L);
    }

    @Test
    public void clearingAField_sendsItAsNull() {
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(ProvisionExamples.membership().build()), 7);

        memberships.save(stillInGroup);

        JsonObject sent = JsonFields.parseObject(onlyQueued().fieldsJson);
        assertThat(sent.keySet()).containsExactlyInAnyOrder("leftOn", "exit");
        assertThat(sent.get("leftOn").isJsonNull()).isTrue();
    }

    @Test
    public void savingWithoutAChange_queuesNothing() {
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(stillInGroup), 7);

        assertThat(memberships.save(stillInGroup)).isFalse();
        assertThat(f.db.outbox().pendingCount()).isZero();
    }

    @Test
    public void groupRegister_coversTheDaysEachPupilWasIn() {
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(ProvisionExamples.membership().build()), 7);

        assertThat(memberships.inGroupOn(stillInGroup.interventionId(), TERM_START)).hasSize(1);
        assertThat(memberships.inGroupOn(stillInGroup.interventionId(), TERM_START.plusWeeks(10))).hasSize(1);
        assertThat(memberships.inGroupOn(stillInGroup.interventionId(), TERM_START.plusWeeks(11))).isEmpty();
        assertThat(memberships.forPupil(stillInGroup.pupilId())).hasSize(1);
    }
}
