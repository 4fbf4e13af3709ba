package uk.graduated.app.feature.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.Test;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.target.PlanTargetEntity;
import uk.graduated.model.sen.BroadArea;

public class GroupRegisterTest {
    private final PupilEntity leo = pupil("Leo", "Marsh");
    private final PupilEntity isla = pupil("Isla", "Begum");

    @Test
    public void eachPupil_isRatedOnTheirTargetsInTheGroupsArea() {
        PlanTargetEntity blending = target(leo, "Blend CVC words", BroadArea.COGNITION_AND_LEARNING);
        PlanTargetEntity turns = target(leo, "Wait for his turn", BroadArea.SEMH);

        List<SessionForm.Member> members = GroupRegister.members(List.of(leo), List.of(blending, turns),
                BroadArea.COGNITION_AND_LEARNING);

        assertThat(members).singleElement().satisfies(m -> {
            assertThat(m.displayName()).isEqualTo("Leo Marsh");
            assertThat(m.targets()).extracting(SessionForm.TargetChoice::outcome).containsExactly("Blend CVC words");
        });
    }

    @Test
    public void aPupilWithNoTargetInTheArea_keepsAllTheirTargets_andOneWithNoneHasNothingToRate() {
        PlanTargetEntity turns = target(leo, "Wait for his turn", BroadArea.SEMH);

        List<SessionForm.Member> members = GroupRegister.members(List.of(leo, isla), List.of(turns),
                BroadArea.COGNITION_AND_LEARNING);

        assertThat(members.get(0).targets()).extracting(SessionForm.TargetChoice::outcome).containsExactly("Wait for his turn");
        assertThat(members.get(1).targets()).isEmpty();
    }

    private static PupilEntity pupil(String first, String last) {
        PupilEntity p = new PupilEntity();
        p.id = UUID.randomUUID().toString();
        p.firstName = first;
        p.lastName = last;
        return p;
    }

    private static PlanTargetEntity target(PupilEntity pupil, String outcome, BroadArea area) {
        PlanTargetEntity t = new PlanTargetEntity();
        t.id = UUID.randomUUID().toString();
        t.pupilId = pupil.id;
        t.outcome = outcome;
        t.areaOfNeed = area.code();
        t.status = "active";
        return t;
    }
}
