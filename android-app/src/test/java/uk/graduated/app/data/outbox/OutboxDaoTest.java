package uk.graduated.app.data.outbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.content.Context;

import androidx.room.Room;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import uk.graduated.app.data.db.AppDatabase;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class OutboxDaoTest {
    private AppDatabase db;
    private OutboxDao outbox;

    @Before
    public void openDatabase() {
        Context context = RuntimeEnvironment.getApplication();
        db = Room.inMemoryDatabaseBuilder(context, AppDatabase.class).allowMainThreadQueries().build();
        outbox = db.outbox();
    }

    @After
    public void closeDatabase() {
        db.close();
    }

    private OutboxEntry entry(String mutationId) {
        OutboxEntry e = new OutboxEntry();
        e.mutationId = mutationId;
        e.sequence = outbox.nextSequence();
        e.entityType = "session_log";
        e.entityId = "0193b0e2-0000-7000-8000-000000000001";
        e.operation = "upsert";
        e.fieldsJson = "{\"minutes\":30}";
        e.clientTimeMillis = 1_763_900_000_000L;
        return e;
    }

    @Test
    public void pending_comesBackInTheOrderChangesWereMade() {
        outbox.insert(entry("m-1"));
        outbox.insert(entry("m-2"));
        outbox.insert(entry("m-3"));

        List<OutboxEntry> pending = outbox.pending(10);

        assertEquals(List.of("m-1", "m-2", "m-3"), pending.stream().map(e -> e.mutationId).collect(java.util.stream.Collectors.toList()));
        assertEquals(3, outbox.pendingCount());
    }

    @Test
    public void rejectedChange_staysVisibleWithItsReason_andLeavesThePushQueue() {
        outbox.insert(entry("m-1"));

        outbox.markRejected("m-1", "Minutes must be between 1 and 300", "minutes");

        assertEquals(0, outbox.pendingCount());
        List<OutboxEntry> rejected = outbox.rejected();
        assertEquals(1, rejected.size());
        assertEquals("Minutes must be between 1 and 300", rejected.get(0).rejectionMessage);
        assertEquals("minutes", rejected.get(0).rejectionField);
    }

    @Test
    public void appliedChange_isRemoved() {
        outbox.insert(entry("m-1"));

        assertEquals(1, outbox.remove("m-1"));

        assertTrue(outbox.pending(10).isEmpty());
    }
}
