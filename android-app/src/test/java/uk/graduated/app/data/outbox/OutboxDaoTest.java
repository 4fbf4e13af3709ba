package uk.graduated.app.data.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.TestDatabase;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class OutboxDaoTest {
    private static final String TA = "01a207a6-60d0-7892-923f-0824128b2f33";
    private static final String OTHER_TA = "01a207a6-60d0-7892-923f-0824128b2f34";
    private static final String SESSION = "0193b0e2-0000-7000-8000-000000000001";

    private final AppDatabase db = TestDatabase.inMemory();
    private final OutboxDao outbox = db.outbox();

    @After
    public void closeDatabase() {
        db.close();
    }

    private OutboxEntry entry(String mutationId, String staffId) {
        OutboxEntry e = new OutboxEntry();
        e.mutationId = mutationId;
        e.sequence = outbox.nextSequence();
        e.deviceId = "01a207a4-49a8-70c5-a6a3-a4506513270e";
        e.staffId = staffId;
        e.entityType = "session_log";
        e.entityId = SESSION;
        e.operation = "upsert";
        e.fieldsJson = "{\"minutes\":30}";
        e.clientTimeMillis = 1_763_900_000_000L;
        return e;
    }

    @Test
    public void pending_comesBackInTheOrderChangesWereMade_forOnePerson() {
        outbox.insert(entry("m-1", TA));
        outbox.insert(entry("m-2", OTHER_TA));
        outbox.insert(entry("m-3", TA));

        assertThat(outbox.pendingOf(TA, 10)).extracting(e -> e.mutationId).containsExactly("m-1", "m-3");
        assertThat(outbox.pendingOf(TA, 1)).extracting(e -> e.mutationId).containsExactly("m-1");
        assertThat(outbox.pendingCount()).isEqualTo(3);
    }

    @Test
    public void rejectedChange_staysVisibleWithItsReason_andLeavesThePushQueue() {
        outbox.insert(entry("m-1", TA));

        outbox.markRejected("m-1", "validation_failed", "fields.minutes", "Minutes must be between 1 and 300", "[]");

        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.hasPending("session_log", SESSION)).isFalse();
        assertThat(outbox.hasAny("session_log", SESSION)).isTrue();
        OutboxEntry rejected = outbox.rejected().get(0);
        assertThat(rejected.rejectionCode).isEqualTo("validation_failed");
        assertThat(rejected.rejectionMessage).isEqualTo("Minutes must be between 1 and 300");
        assertThat(rejected.rejectionField).isEqualTo("fields.minutes");
    }

    @Test
    public void waitingChange_protectsItsRecord_untilRemoved() {
        outbox.insert(entry("m-1", TA));

        assertThat(outbox.hasPending("session_log", SESSION)).isTrue();
        assertThat(outbox.remove("m-1")).isEqualTo(1);
        assertThat(outbox.hasPending("session_log", SESSION)).isFalse();
        assertThat(outbox.pendingOf(TA, 10)).isEmpty();
    }
}
