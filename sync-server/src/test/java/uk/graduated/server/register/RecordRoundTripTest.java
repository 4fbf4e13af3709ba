package uk.graduated.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.contact.ContactExamples;
import uk.graduated.model.contact.ContactLog;
import uk.graduated.model.contact.ContactLogJson;
import uk.graduated.model.ehc.EhcExamples;
import uk.graduated.model.ehc.EhcPlanJson;
import uk.graduated.model.intervention.GroupMembershipJson;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.observation.ObservationExamples;
import uk.graduated.model.plan.PlanCycleJson;
import uk.graduated.model.plan.PlanExamples;
import uk.graduated.model.plan.PlanReviewJson;
import uk.graduated.model.plan.StrategyJson;
import uk.graduated.model.plan.SupportPlanJson;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.RankedNeedJson;
import uk.graduated.model.sen.SenExamples;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.sync.SyncFixture;

/**
 * Every entity's typed table gives back exactly the JSON its codec wrote: all column kinds (dates,
 * times, instants, decimals, arrays, jsonb, nested objects, absent members) survive the round trip.
 */
class RecordRoundTripTest {
    private static SyncFixture fixture;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void everyEntityType_pushedThenPulled_comesBackAsItsCodecWroteIt() {
        Map<UUID, JsonObject> pushed = new LinkedHashMap<>();
        UUID school = fixture.school.id();
        UUID interventionId = UUID.randomUUID();
        push(pushed, EntityType.PUPIL, PupilJson.toJson(RegisterExamples.pupil().schoolId(school).build()));
        push(pushed, EntityType.PUPIL, PupilJson.toJson(RegisterExamples.pupil().id(RegisterExamples.IDRIS_ID)
                .schoolId(school).upn(RegisterExamples.IDRIS_UPN).preferredName(null).className(null).build()));
        push(pushed, EntityType.SEN_PROVISION, ProvisionEntryJson.toJson(SenExamples.poppyOnSenSupport()));
        push(pushed, EntityType.SEN_NEED, RankedNeedJson.toJson(SenExamples.poppyPrimaryNeed()));
        push(pushed, EntityType.SUPPORT_PLAN, SupportPlanJson.toJson(PlanExamples.poppysPlan()));
        push(pushed, EntityType.PLAN_CYCLE, PlanCycleJson.toJson(PlanExamples.autumnCycle()));
        push(pushed, EntityType.PLAN_CYCLE, PlanCycleJson.toJson(PlanExamples.springCycle()));
        push(pushed, EntityType.PLAN_TARGET, TargetJson.toJson(PlanExamples.speakingTarget()));
        push(pushed, EntityType.PLAN_TARGET, TargetJson.toJson(PlanExamples.listeningTarget()));
        push(pushed, EntityType.PLAN_STRATEGY, StrategyJson.toJson(PlanExamples.visualTimetable()));
        push(pushed, EntityType.PLAN_REVIEW, PlanReviewJson.toJson(PlanExamples.autumnReview()));
        push(pushed, EntityType.EHC_PLAN, EhcPlanJson.toJson(EhcExamples.idrisPlan()));
        ContactLog meeting = ContactExamples.speechTherapyMeeting();
        push(pushed, EntityType.CONTACT_LOG, ContactLogJson.toJson(new ContactLog(meeting.id(), meeting.pupilId(),
                meeting.date(), meeting.withWhom(), meeting.agency(), meeting.agencyName(), meeting.method(),
                meeting.summary(), meeting.followUpDate(), fixture.senco.id())));
        push(pushed, EntityType.INTERVENTION, fixture.records.intervention(interventionId, fixture.ta.id()));
        push(pushed, EntityType.GROUP_MEMBERSHIP, GroupMembershipJson.toJson(ProvisionExamples.membership()
                .interventionId(interventionId).pupilId(RegisterExamples.POPPY_ID).entry("84.5", ProvisionExamples.TERM_START)
                .build()));
        push(pushed, EntityType.SESSION_LOG, SessionLogJson.toJson(SessionExamples.sessionLog().interventionId(interventionId)
                .deliveredBy(fixture.ta.id()).attendance(Attendance.present(RegisterExamples.POPPY_ID))
                .ratings(List.of(new TargetRating(RegisterExamples.POPPY_ID, PlanExamples.SPEAKING_TARGET_ID,
                        Rating.INDEPENDENTLY)))
                .build()));
        push(pushed, EntityType.OBSERVATION, fixture.records.observation(UUID.randomUUID(),
                List.of(RegisterExamples.POPPY_ID), fixture.practitioner.id(), ObservationExamples.PHOTO_SHA256));

        List<Change> pulled = fixture.pullAll(SyncFixture.on(fixture.senco, fixture.tablet), null).changes();

        Map<UUID, JsonObject> registerRecords = new LinkedHashMap<>();
        pulled.stream().filter(c -> pushed.containsKey(c.entityId()))
                .forEach(c -> registerRecords.put(c.entityId(), c.fields()));
        assertThat(registerRecords).containsExactlyInAnyOrderEntriesOf(pushed);
    }

    private static void push(Map<UUID, JsonObject> pushed, EntityType type, JsonObject fields) {
        fixture.create(type, fields);
        pushed.put(UUID.fromString(fields.get("id").getAsString()), fields);
    }
}
