package uk.graduated.app.data.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_A;
import static uk.graduated.model.intervention.ProvisionExamples.PUPIL_C;
import static uk.graduated.model.intervention.ProvisionExamples.TERM_START;
import static uk.graduated.model.session.SessionExamples.TARGET_BLENDING;

import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.model.intervention.InterventionJson;
import uk.graduated.model.intervention.ProvisionExamples;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.plan.Target;
import uk.graduated.model.plan.TargetJson;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class SessionRepositoryTest {
    private final LocalFixture f = new LocalFixture();
    private final SessionRepository sessions = new SessionRepository(f.db, f.writer, f.clock);

    @After
    public void close() {
        f.close();
    }

    @Test
    public void loggedSession_isStoredWithItsRegisterAndRatings_andQueuedInItsCodecsForm() {
        SessionLog log = SessionExamples.sessionLog().build();

        sessions.logSession(log);

        assertThat(sessions.find(log.id())).isEqualTo(log);
        assertThat(f.count("session_attendance", "session_id", log.id().toString())).isEqualTo(3);
        assertThat(f.count("session_rating", "session_id", log.id().toString())).isEqualTo(3);
        OutboxEntry queued = f.db.outbox().pendingOf(f.ta.staffId().toString(), 10).get(0);
        assertThat(queued.entityType).isEqualTo("session_log");
        assertThat(queued.entityId).isEqualTo(log.id().toString());
        assertThat(queued.operation).isEqualTo("upsert");
        assertThat(queued.baseVersion).isNull();
        assertThat(queued.deviceId).isEqualTo(SessionExamples.DEVICE_ID.toString());
        assertThat(queued.fieldsJson).isEqualTo(JsonText.compact(SessionLogJson.toJson(log)));
        assertThat(UUID.fromString(queued.mutationId).version()).isEqualTo(7);
        assertThat(UUID.fromString(queued.mutationId).getMostSignificantBits() >>> 16)
                .isEqualTo(f.clock.now().toEpochMilli());
        assertThat(sessions.loggedOn(log.interventionId(), log.date())).isTrue();
    }

    @Test
    public void sessionDatedAfterToday_isRefusedNamingTheDate_andNothingIsStored() {
        SessionLog tomorrow = SessionExamples.sessionLog().date(TERM_START.plusDays(1)).build();

        assertThatThrownBy(() -> sessions.logSession(tomorrow))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(tuple("date", "in_future")));
        assertThat(sessions.find(tomorrow.id())).isNull();
        assertThat(f.db.outbox().pendingCount()).isZero();
    }

    @Test
    public void sessionRecordedOnAnotherTablet_isRefused() {
        SessionLog elsewhere = SessionExamples.sessionLog().deviceId(new UUID(9, 9)).build();

        assertThatThrownBy(() -> sessions.logSession(elsewhere)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("deviceId"));
    }

    @Test
    public void theSameSessionSavedTwice_isRefused_andQueuedOnce() {
        SessionLog log = SessionExamples.sessionLog().build();
        sessions.logSession(log);

        assertThatThrownBy(() -> sessions.logSession(log)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).code()).isEqualTo("duplicate"));
        assertThat(f.db.outbox().pendingCount()).isEqualTo(1);
    }

    @Test
    public void whenTheOutboxCannotBeWritten_theSessionIsNotStoredEither() {
        f.db.getOpenHelper().getWritableDatabase().execSQL(
                "CREATE TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        SessionLog log = SessionExamples.sessionLog().build();

        assertThatThrownBy(() -> sessions.logSession(log)).hasMessageContaining("disk full");

        assertThat(sessions.find(log.id())).isNull();
        assertThat(f.count("session_attendance", "session_id", log.id().toString())).isZero();
    }

    @Test
    public void pupilScreen_showsTheirLatestSessionsAndRatings_newestFirst() {
        f.pulled(EntityType.INTERVENTION, InterventionJson.toJson(ProvisionExamples.intervention().build()), 5);
        Target blending = new Target(TARGET_BLENDING, new UUID(7, 1), PUPIL_A, "Blends CVC words",
                BroadArea.COGNITION_AND_LEARNING, "Weekly check", null, null,
                TERM_START.plusWeeks(8), TargetStatus.ACTIVE);
        f.pulled(EntityType.PLAN_TARGET, TargetJson.toJson(blending), 6);
        SessionLog earlier = SessionExamples.sessionLog().id(new UUID(1, 1)).date(TERM_START.minusDays(2)).build();
        SessionLog today = SessionExamples.sessionLog().id(new UUID(1, 2)).build();
        sessions.logSession(earlier);
        sessions.logSession(today);

        List<PupilSession> recent = sessions.recentForPupil(PUPIL_A, 10);
        List<PupilRating> ratings = sessions.recentRatingsForPupil(PUPIL_A, 10);
        List<PupilSession> absentee = sessions.recentForPupil(PUPIL_C, 1);

        assertThat(recent).extracting(s -> s.sessionId).containsExactly(today.id().toString(),
                earlier.id().toString());
        assertThat(recent.get(0).interventionName).isEqualTo("Phonics catch-up (Year 2)");
        assertThat(recent.get(0).status).isEqualTo("present");
        assertThat(absentee.get(0).status).isEqualTo("absent");
        assertThat(absentee.get(0).absenceReason).isEqualTo("ill");
        assertThat(ratings).hasSize(4);
        assertThat(ratings.get(0).date).isEqualTo(today.date().toString());
        assertThat(ratings).filteredOn(r -> r.targetId.equals(TARGET_BLENDING.toString()))
                .extracting(r -> r.outcome).containsOnly("Blends CVC words");
    }

    @Test
    public void deletedSession_disappearsAtOnce_andItsDeleteIsQueued() {
        SessionLog log = SessionExamples.sessionLog().build();
        sessions.logSession(log);

        sessions.delete(log.id());

        assertThat(sessions.find(log.id())).isNull();
        assertThat(sessions.recentForPupil(PUPIL_A, 10)).isEmpty();
        assertThat(f.db.outbox().pendingOf(f.ta.staffId().toString(), 10)).extracting(e -> e.operation)
                .containsExactly("upsert", "delete");
    }
}
