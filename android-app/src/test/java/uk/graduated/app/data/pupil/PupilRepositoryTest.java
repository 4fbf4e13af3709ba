package uk.graduated.app.data.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.model.intervention.ProvisionExamples.INTERVENTION_ID;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.plan.PlanExamples;
import uk.graduated.model.plan.StrategyJson;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sen.SenExamples;
import uk.graduated.model.sync.EntityType;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class PupilRepositoryTest {
    private final LocalFixture f = new LocalFixture();
    private final PupilRepository pupils = new PupilRepository(f.db);

    @After
    public void close() {
        f.close();
    }

    private Pupil pulledPupil(UUID id, String first, String last, String className, LocalDate leftOn) {
        Pupil pupil = RegisterExamples.pupil().id(id).names(first, last).preferredName(null).className(className)
                .upn(null).leftOn(leftOn).build();
        f.pulled(EntityType.PUPIL, PupilJson.toJson(pupil), 3);
        return pupil;
    }

    private void pulledMembership(int n, UUID pupilId, LocalDate joinedOn, LocalDate leftOn) {
        f.pulled(EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(ProvisionExamples.membership()
                .id(new UUID(0xd, n)).pupilId(pupilId).joinedOn(joinedOn).leftOn(leftOn).entry(null).exit(null)
                .build()), 4);
    }

    @Test
    public void groupRegister_listsTheMembersOnTheDay_byName() {
        Pupil ava = pulledPupil(new UUID(0xc, 1), "Ava", "Wren", "Oak", null);
        Pupil ben = pulledPupil(new UUID(0xc, 2), "Ben", "Adeyemi", "Oak", null);
        Pupil cal = pulledPupil(new UUID(0xc, 3), "Cal", "Moss", "Oak", null);
        pulledMembership(1, ava.id(), TERM_START, null);
        pulledMembership(2, ben.id(), TERM_START, null);
        pulledMembership(3, cal.id(), TERM_START.plusWeeks(2), null);

        List<PupilEntity> register = pupils.inGroupOn(INTERVENTION_ID, TERM_START);

        assertThat(register).extracting(p -> p.firstName).containsExactly("Ben", "Ava");
        assertThat(pupils.inGroupOn(INTERVENTION_ID, TERM_START.plusWeeks(2))).hasSize(3);
    }

    @Test
    public void classList_leavesOutChildrenWhoHaveLeft() {
        pulledPupil(new UUID(0xc, 1), "Ava", "Wren", "Acorns", null);
        pulledPupil(new UUID(0xc, 2), "Ben", "Adeyemi", "Acorns", TERM_START);
        pulledPupil(new UUID(0xc, 3), "Cal", "Moss", "Oak", null);

        assertThat(pupils.inClassOn("Acorns", TERM_START)).extracting(p -> p.firstName).containsExactly("Ava");
        assertThat(pupils.inClassOn("Acorns", TERM_START.minusDays(1))).hasSize(2);
    }

    @Test
    public void pupilScreen_showsCurrentNeeds_activeTargets_andStrategies() {
        Pupil poppy = RegisterExamples.poppy();
        f.pulled(EntityType.PUPIL, PupilJson.toJson(poppy), 3);
        RankedNeed primary = SenExamples.poppyPrimaryNeed();
        RankedNeed ended = new RankedNeed(new UUID(0xe, 1), poppy.id(), NeedType.SPLD, RankedNeed.SECONDARY,
                SenExamples.POPPY_K_FROM, SenExamples.POPPY_K_FROM.plusMonths(6));
        f.pulled(EntityType.SEN_NEED, RankedNeedJson.toJson(primary), 4);
        f.pulled(EntityType.SEN_NEED, RankedNeedJson.toJson(ended), 5);
        Target active = PlanExamples.speakingTarget();
        Target achieved = new Target(new UUID(0xf, 1), active.cycleId(), active.pupilId(), "Says their name",
                active.areaOfNeed(), "Observation", null, null, active.reviewDate(), TargetStatus.ACHIEVED);
        f.pulled(EntityType.PLAN_TARGET, TargetJson.toJson(active), 6);
        f.pulled(EntityType.PLAN_TARGET, TargetJson.toJson(achieved), 7);
        f.pulled(EntityType.PLAN_STRATEGY, StrategyJson.toJson(PlanExamples.visualTimetable()), 8);

        assertThat(pupils.find(poppy.id())).isEqualTo(poppy);
        assertThat(pupils.needsOn(poppy.id(), RegisterExamples.TODAY)).extracting(n -> n.type)
                .containsExactly(primary.type().censusCode());
        assertThat(pupils.activeTargets(List.of(active.pupilId()))).extracting(t -> t.id)
                .containsExactly(active.id().toString());
        assertThat(pupils.strategies(PlanExamples.visualTimetable().pupilId())).hasSize(1);
    }
}
