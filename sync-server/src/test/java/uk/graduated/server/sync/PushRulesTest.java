package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.pupil.RegisterExamples;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.model.validation.FieldError;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.sync.SyncFixture.Mutations;

/** The rules of protocol section 6.3, each with the outcome and the reason a person is shown. */
class PushRulesTest {
    private static SyncFixture fixture;
    private static Principal senco;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        senco = SyncFixture.on(fixture.senco, fixture.tablet);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void upsert_ofAnIdThatIsAnotherTypesRecord_isRejectedAsWrongEntityType() {
        UUID pupil = pupil("Oak");

        MutationOutcome outcome = fixture.apply(senco, Mutations.edit(EntityType.SEN_NEED, pupil, null,
                fixture.records.need(pupil, pupil), fixture.tablet.id()));

        assertRejected(outcome, RejectionCode.WRONG_ENTITY_TYPE);
    }

    @Test
    void teacher_mayNotWrite_andIsToldWhy() {
        UUID pupil = pupil("Oak");
        JsonObject rename = member("preferredName", "Nell");

        MutationOutcome outcome = fixture.apply(SyncFixture.on(fixture.teacher, fixture.tablet),
                Mutations.edit(EntityType.PUPIL, pupil, null, rename, fixture.tablet.id()));

        assertRejected(outcome, RejectionCode.FORBIDDEN);
        assertThat(((MutationOutcome.Rejected) outcome).message()).isEqualTo("Your role does not allow changing pupils.");
    }

    @Test
    void teachingAssistant_logsSessionsOfTheirOwnGroupsOnly() {
        UUID pupil = pupil("Oak");
        UUID theirs = intervention(fixture.ta.id());
        UUID someoneElses = intervention(fixture.senco.id());
        Principal ta = SyncFixture.on(fixture.ta, fixture.tablet);

        MutationOutcome own = fixture.apply(ta, Mutations.create(EntityType.SESSION_LOG,
                fixture.records.sessionLog(UUID.randomUUID(), theirs, pupil, fixture.ta.id(), fixture.tablet.id()),
                fixture.tablet.id()));
        MutationOutcome other = fixture.apply(ta, Mutations.create(EntityType.SESSION_LOG,
                fixture.records.sessionLog(UUID.randomUUID(), someoneElses, pupil, fixture.ta.id(), fixture.tablet.id()),
                fixture.tablet.id()));

        assertThat(own).isInstanceOf(MutationOutcome.Applied.class);
        assertRejected(other, RejectionCode.FORBIDDEN);
    }

    @Test
    void practitioner_recordsObservationsOfChildrenInTheirRoomsOnly() {
        UUID inRoom = pupil(SyncFixture.ROOM);
        UUID elsewhere = pupil("Oak");
        Principal practitioner = SyncFixture.on(fixture.practitioner, fixture.tablet);

        MutationOutcome own = fixture.apply(practitioner, Mutations.create(EntityType.OBSERVATION,
                fixture.records.observation(UUID.randomUUID(), List.of(inRoom), fixture.practitioner.id(), null),
                fixture.tablet.id()));
        MutationOutcome mixed = fixture.apply(practitioner, Mutations.create(EntityType.OBSERVATION,
                fixture.records.observation(UUID.randomUUID(), List.of(inRoom, elsewhere), fixture.practitioner.id(), null),
                fixture.tablet.id()));

        assertThat(own).isInstanceOf(MutationOutcome.Applied.class);
        assertRejected(mixed, RejectionCode.FORBIDDEN);
    }

    @Test
    void staffAndSchoolRecords_areNotWrittenFromATablet() {
        MutationOutcome outcome = fixture.apply(senco, Mutations.edit(EntityType.STAFF, fixture.ta.id(), null,
                member("displayName", "Mr A"), fixture.tablet.id()));

        assertRejected(outcome, RejectionCode.FORBIDDEN);
    }

    @Test
    void deleteOrBasedEdit_ofARecordTheServerNeverHad_isRejectedAsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertRejected(fixture.apply(senco, Mutations.delete(EntityType.PUPIL, unknown, 4L, fixture.tablet.id())),
                RejectionCode.NOT_FOUND);
        assertRejected(fixture.apply(senco, Mutations.edit(EntityType.PUPIL, unknown, 4L,
                fixture.records.pupil(unknown, "Oak"), fixture.tablet.id())), RejectionCode.NOT_FOUND);
    }

    @Test
    void insertOnlyRecord_sentAgainUnchanged_isApplied_butChanged_isRejected() {
        UUID pupil = pupil(SyncFixture.ROOM);
        JsonObject observation = fixture.records.observation(UUID.randomUUID(), List.of(pupil), fixture.senco.id(), null);
        long version = fixture.create(EntityType.OBSERVATION, observation);
        JsonObject changed = observation.deepCopy();
        changed.addProperty("text", "Built a tower of ten blocks.");

        MutationOutcome same = fixture.apply(senco, Mutations.create(EntityType.OBSERVATION, observation, fixture.tablet.id()));
        MutationOutcome different = fixture.apply(senco, Mutations.create(EntityType.OBSERVATION, changed, fixture.tablet.id()));

        assertThat(same).isEqualTo(new MutationOutcome.Applied(same.mutationId(), version));
        assertRejected(different, RejectionCode.INSERT_ONLY);
    }

    @Test
    void edit_thatMovesARecordToAnotherPupil_isRefusedNamingTheField() {
        UUID pupil = pupil("Oak");
        UUID need = UUID.randomUUID();
        long version = fixture.create(EntityType.SEN_NEED, fixture.records.need(need, pupil));

        MutationOutcome outcome = fixture.apply(senco, Mutations.edit(EntityType.SEN_NEED, need, version,
                member("pupilId", pupil("Oak").toString()), fixture.tablet.id()));

        assertThat(errors(outcome)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("fields.pupilId", "not_allowed"));
    }

    @Test
    void registerRules_thatNeedOtherRecords_nameTheField() {
        UUID pupil = pupil("Oak");
        JsonObject withUpn = fixture.records.pupil(UUID.randomUUID(), "Oak");
        withUpn.addProperty("upn", RegisterExamples.POPPY_UPN.value());
        JsonObject secondWithUpn = fixture.records.pupil(UUID.randomUUID(), "Oak");
        secondWithUpn.add("upn", withUpn.get("upn"));
        MutationOutcome firstUpn = fixture.apply(senco, Mutations.create(EntityType.PUPIL, withUpn, fixture.tablet.id()));
        MutationOutcome provision = fixture.apply(senco, Mutations.create(EntityType.SEN_PROVISION,
                provision(UUID.randomUUID(), pupil), fixture.tablet.id()));

        MutationOutcome duplicateUpn = fixture.apply(senco, Mutations.create(EntityType.PUPIL, secondWithUpn,
                fixture.tablet.id()));
        MutationOutcome secondOpen = fixture.apply(senco, Mutations.create(EntityType.SEN_PROVISION,
                provision(UUID.randomUUID(), pupil), fixture.tablet.id()));

        assertThat(firstUpn).as("a valid UPN").isInstanceOf(MutationOutcome.Applied.class);
        assertThat(provision).isInstanceOf(MutationOutcome.Applied.class);
        assertThat(errors(duplicateUpn)).extracting(FieldError::field).containsExactly("fields.upn");
        assertThat(errors(secondOpen)).extracting(FieldError::field).containsExactly("fields.endDate");
    }

    private static JsonObject provision(UUID id, UUID pupil) {
        JsonObject provision = new JsonObject();
        provision.addProperty("id", id.toString());
        provision.addProperty("pupilId", pupil.toString());
        provision.addProperty("provision", "K");
        provision.addProperty("startDate", "2025-09-03");
        return provision;
    }

    private static UUID pupil(String className) {
        UUID id = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(id, className));
        return id;
    }

    private static UUID intervention(UUID lead) {
        UUID id = UUID.randomUUID();
        fixture.create(EntityType.INTERVENTION, fixture.records.intervention(id, lead));
        return id;
    }

    private static JsonObject member(String name, String value) {
        JsonObject fields = new JsonObject();
        fields.addProperty(name, value);
        return fields;
    }

    private static List<FieldError> errors(MutationOutcome outcome) {
        assertRejected(outcome, RejectionCode.VALIDATION_FAILED);
        return ((MutationOutcome.Rejected) outcome).errors();
    }

    private static void assertRejected(MutationOutcome outcome, RejectionCode code) {
        assertThat(outcome).isInstanceOfSatisfying(MutationOutcome.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.message()).isNotBlank();
        });
    }
}
