package uk.graduated.app.feature.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.target.PlanTargetEntity;
import uk.graduated.model.sen.BroadArea;

/**
 * Who is on the session's register and which targets the TA rates: each pupil's active targets in
 * the intervention's area of need (a phonics group rates reading targets, not social ones), or all
 * their active targets when none is in that area, so nobody is left without something to rate.
 */
public final class GroupRegister {
    private GroupRegister() {
    }

    public static List<SessionForm.Member> members(List<PupilEntity> pupils, List<PlanTargetEntity> activeTargets,
                                                   BroadArea interventionArea) {
        List<SessionForm.Member> members = new ArrayList<>();
        for (PupilEntity pupil : pupils) {
            List<SessionForm.TargetChoice> inArea = new ArrayList<>();
            List<SessionForm.TargetChoice> all = new ArrayList<>();
            for (PlanTargetEntity target : activeTargets) {
                if (!target.pupilId.equals(pupil.id)) {
                    continue;
                }
                SessionForm.TargetChoice choice = new SessionForm.TargetChoice(UUID.fromString(target.id), target.outcome);
                all.add(choice);
                if (target.areaOfNeed.equals(interventionArea.code())) {
                    inArea.add(choice);
                }
            }
            members.add(new SessionForm.Member(UUID.fromString(pupil.id), pupil.firstName + " " + pupil.lastName,
                    inArea.isEmpty() ? all : inArea));
        }
        return members;
    }
}
