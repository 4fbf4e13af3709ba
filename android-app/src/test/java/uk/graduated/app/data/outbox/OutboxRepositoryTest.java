package uk.graduated.app.data.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.validation.FieldError;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class OutboxRepositoryTest {
    private final LocalFixture f = new LocalFixture();
    private final OutboxRepository outbox = new OutboxRepository(f.db, f.tables);
    private final SessionRepository sessions = new SessionRepository(f.db, f.writer, f.clock);

    @After
    public void close() {
        f.close();
    }

    private OutboxEntry reject(String code) {
        OutboxEntry entry = f.db.outbox().pendingOf(f.ta.staffId().toString(), 1).get(0);
        f.db.outbox().markRejected(entry.mutationId, code, "fields.minutes", "minutes must be between 1 and 300",
                OutboxMutations.errorsJson(List.of(new FieldError("fields.minutes", "out_of_range",
                        "minutes must be between 1 and 300"))));
        return entry;
    }

    @Test
    public void rejectedChanges_areListedWithEveryReason() {
        SessionLog log = SessionExamples.sessionLog().build();
        sessions.logSession(log);
        OutboxEntry entry = reject("validation_failed");

        List<RejectedChange> rejected = outbox.rejected();

        assertThat(rejected).hasSize(1);
        RejectedChange change = rejected.get(0);
        assertThat(change.mutationId()).isEqualTo(UUID.fromString(entry.mutationId));
        assertThat(change.entityType()).isEqualTo(EntityType.SESSION_LOG);
        assertThat(change.entityId()).isEqualTo(log.id());
        assertThat(change.operation()).isEqualTo(Operation.UPSERT);
        assertThat(change.code()).isEqualTo("validation_failed");
        assertThat(change.field()).isEqualTo("fields.minutes");
        assertThat(change.errors()).extracting(FieldError::code).containsExactly("out_of_range");
        assertThat(outbox.waitingCount()).isZero();
    }

    @Test
    public void discardingARefusedNewRecord_takesItOffTheTablet() {
        SessionLog log = SessionExamples.sessionLog().build();
        sessions.logSession(log);
        OutboxEntry entry = reject("validation_failed");

        outbox.discard(UUID.fromString(entry.mutationId));

        assertThat(outbox.rejected()).isEmpty();
        assertThat(sessions.find(log.id())).isNull();
    }

    @Test
    public void discardingARefusedDelete_showsTheRecordAgain() {
        SessionLog log = SessionExamples.sessionLog().build();
        f.pulled(EntityType.SESSION_LOG, SessionLogJson.toJson(log), 40);
        sessions.delete(log.id());
        OutboxEntry entry = reject("forbidden");

        outbox.discard(UUID.fromString(entry.mutationId));

        assertThat(sessions.find(log.id())).isEqualTo(log);
    }

    @Test
    public void aChangeStillWaiting_cannotBeDiscarded() {
        sessions.logSession(SessionExamples.sessionLog().build());
        OutboxEntry waiting = f.db.outbox().pendingOf(f.ta.staffId().toString(), 1).get(0);

        assertThatThrownBy(() -> outbox.discard(UUID.fromString(waiting.mutationId)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(outbox.waitingCount()).isEqualTo(1);
    }
}
