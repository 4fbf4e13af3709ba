package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.outbox.OutboxMutations;
import uk.graduated.app.sync.engine.Settlement;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.model.validation.FieldError;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class RoomOutboxStoreTest {
    private final LocalFixture f = new LocalFixture();
    private final RoomOutboxStore store = new RoomOutboxStore(f.db, f.tables);
    private final SessionLog log = SessionExamples.sessionLog().build();

    @After
    public void close() {
        f.close();
    }

    @Test
    public void waiting_givesBackExactlyTheMutationsSaved_inOrder() {
        Mutation created = f.writer.create(EntityType.SESSION_LOG, log.id(), SessionLogJson.toJson(log));
        f.clock.advance(Duration.ofMinutes(5));
        Mutation deleted = f.writer.delete(EntityType.SESSION_LOG, log.id());

        assertThat(store.waiting(f.ta.staffId(), 10)).containsExactly(created, deleted);
        assertThat(store.waiting(f.ta.staffId(), 1)).containsExactly(created);
    }

    @Test
    public void acknowledged_leavesTheOutbox_andTheRecordKnowsItsServerVersion() {
        Mutation created = f.writer.create(EntityType.SESSION_LOG, log.id(), SessionLogJson.toJson(log));

        store.settle(List.of(new Settlement.Acknowledged(created, 1207)));

        assertThat(store.waiting(f.ta.staffId(), 10)).isEmpty();
        assertThat(f.tables.require(EntityType.SESSION_LOG).serverVersion(log.id())).isEqualTo(1207L);
    }

    @Test
    public void acknowledgedDelete_takesTheHiddenRecordOffTheTablet() {
        f.pulled(EntityType.SESSION_LOG, SessionLogJson.toJson(log), 1207);
        Mutation deleted = f.writer.delete(EntityType.SESSION_LOG, log.id());

        store.settle(List.of(new Settlement.Acknowledged(deleted, 1210)));

        assertThat(f.tables.require(EntityType.SESSION_LOG).serverVersion(log.id())).isNull();
        assertThat(f.count("session_attendance", "session_id", log.id().toString())).isZero();
    }

    @Test
    public void refused_staysWithItsCodeFieldMessageAndErrors() {
        Mutation created = f.writer.create(EntityType.SESSION_LOG, log.id(), SessionLogJson.toJson(log));
        FieldError error = new FieldError("fields.interventionId", "not_found", "no such intervention");

        store.settle(List.of(new Settlement.Refused(created, new MutationOutcome.Rejected(created.mutationId(),
                RejectionCode.VALIDATION_FAILED, "fields.interventionId", "no such intervention", List.of(error)))));

        assertThat(store.waiting(f.ta.staffId(), 10)).isEmpty();
        OutboxEntry rejected = f.db.outbox().rejected().get(0);
        assertThat(rejected.rejectionCode).isEqualTo("validation_failed");
        assertThat(rejected.rejectionField).isEqualTo("fields.interventionId");
        assertThat(rejected.rejectionMessage).isEqualTo("no such intervention");
        assertThat(OutboxMutations.errors(rejected.rejectionErrorsJson)).containsExactly(error);
        // The refused change is kept in the outbox; the record the server never had leaves the tablet.
        assertThat(f.tables.require(EntityType.SESSION_LOG).fields(log.id())).isNull();
    }
}
