package uk.graduated.server.sync;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.observation.ObservationExamples;
import uk.graduated.model.observation.ObservationJson;
import uk.graduated.model.observation.PhotoRef;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.SupportPlan;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLogJson;

/**
 * Valid records of one test school in their JSON form, built from shared-model's examples with the
 * school's id and the ids a test chooses. Names are fictional.
 */
public final class SchoolRecords {
    /** Joined before any test's "today", and not left: a current group member. */
    public static final LocalDate JOINED = LocalDate.of(2025, 9, 1);

    private final UUID schoolId;

    public SchoolRecords(UUID schoolId) {
        this.schoolId = schoolId;
    }

    public JsonObject pupil(UUID id, String className) {
        return PupilJson.toJson(RegisterExamples.pupil().id(id).schoolId(schoolId).upn(null).className(className).build());
    }

    public JsonObject need(UUID id, UUID pupilId) {
        return RankedNeedJson.toJson(new RankedNeed(id, pupilId, NeedType.SLCN, RankedNeed.PRIMARY,
                LocalDate.of(2025, 9, 3), null));
    }

    public JsonObject plan(UUID id, UUID pupilId) {
        return SupportPlanJson.toJson(new SupportPlan(id, pupilId));
    }

    public JsonObject cycle(UUID id, UUID planId) {
        return PlanCycleJson.toJson(new PlanCycle(id, planId, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 12, 11),
                CycleStage.DO));
    }

    public JsonObject target(UUID id, UUID cycleId, UUID pupilId, String goal) {
        return TargetJson.toJson(new Target(id, cycleId, pupilId, "Reads common words quickly and enjoys books at her level.",
                BroadArea.COGNITION_AND_LEARNING, "High-frequency words read by sight, out of 100", "42 of 100",
                goal, LocalDate.of(2027, 2, 12), TargetStatus.ACTIVE));
    }

    public JsonObject intervention(UUID id, UUID leadStaffId) {
        return InterventionJson.toJson(ProvisionExamples.intervention().id(id).schoolId(schoolId)
                .leadStaffIds(List.of(leadStaffId)).build());
    }

    public JsonObject membership(UUID id, UUID interventionId, UUID pupilId, LocalDate leftOn) {
        return GroupMembershipJson.toJson(new GroupMembership(id, interventionId, pupilId, JOINED, leftOn, null, null));
    }

    public JsonObject sessionLog(UUID id, UUID interventionId, UUID pupilId, UUID deliveredBy, UUID deviceId) {
        return SessionLogJson.toJson(SessionExamples.sessionLog().id(id).interventionId(interventionId)
                .date(LocalDate.of(2026, 11, 16)).deliveredBy(deliveredBy).attendance(Attendance.present(pupilId))
                .ratings(List.of()).deviceId(deviceId).build());
    }

    public JsonObject observation(UUID id, List<UUID> childIds, UUID observedBy, String photoSha256) {
        return ObservationJson.toJson(ObservationExamples.observation().id(id).schoolId(schoolId).childIds(childIds)
                .observedBy(observedBy).observedAt(Instant.parse("2026-11-16T10:20:00Z"))
                .photos(photoSha256 == null ? List.of()
                        : List.of(new PhotoRef(photoSha256, 1024, ObservationExamples.photo().mediaType(), null, null)))
                .build());
    }
}
