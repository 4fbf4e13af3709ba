package uk.graduated.app.data.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import uk.graduated.model.intervention.Score;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.ValidationException;

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
    public void recordedScores_queueOnlyTheChangedScores_basedOnTheVersionLastPulled() {
        GroupMembership unscored = ProvisionExamples.membership().leftOn(null).entry(null).exit(null).build();
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(unscored), 1002);
        Score entry = Score.of("84", TERM_START);

        assertThat(memberships.recordScores(unscored.id(), entry, null)).isTrue();

        JsonObject sent = JsonFields.parseObject(onlyQueued().fieldsJson);
        assertThat(sent.keySet()).containsExactly("entry");
        assertThat(sent.getAsJsonObject("entry").get("value").getAsString()).isEqualTo("84");
        assertThat(onlyQueued().baseVersion).isEqualTo(1002L);
        assertThat(memberships.find(unscored.id()).entry()).isEqualTo(entry);
        assertThat(f.tables.require(EntityType.GROUP_MEMBERSHIP).serverVersion(unscored.id())).isEqualTo(1002L);
    }

    @Test
    public void recordingScores_leavesThePlaceItself_asTheSencoSetIt() {
        GroupMembership left = ProvisionExamples.membership().exit(null).build();
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(left), 7);

        memberships.recordScores(left.id(), left.entry(), Score.of("90", TERM_START.plusWeeks(10)));

        JsonObject sent = JsonFields.parseObject(onlyQueued().fieldsJson);
        assertThat(sent.keySet()).containsExactly("exit");
        GroupMembership saved = memberships.find(left.id());
        assertThat(saved.joinedOn()).isEqualTo(left.joinedOn());
        assertThat(saved.leftOn()).isEqualTo(left.leftOn());
    }

    @Test
    public void clearingAScore_sendsItAsNull() {
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(ProvisionExamples.membership().build()), 7);

        memberships.recordScores(stillInGroup.id(), stillInGroup.entry(), null);

        JsonObject sent = JsonFields.parseObject(onlyQueued().fieldsJson);
        assertThat(sent.keySet()).containsExactly("exit");
        assertThat(sent.get("exit").isJsonNull()).isTrue();
    }

    @Test
    public void recordingTheSameScores_queuesNothing() {
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(stillInGroup), 7);

        assertThat(memberships.recordScores(stillInGroup.id(), stillInGroup.entry(), null)).isFalse();
        assertThat(f.db.outbox().pendingCount()).isZero();
    }

    @Test
    public void scoresForAPlaceNotOnTheTablet_areRefused() {
        assertThatThrownBy(() -> memberships.recordScores(stillInGroup.id(), stillInGroup.entry(), null))
                .isInstanceOf(ValidationException.class);
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
