package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.register.RecordStore;
import uk.graduated.server.register.Writes;
import uk.graduated.server.sync.SyncFixture.Mutations;

/**
 * The classic way a cursor skips a row: transaction 1 takes version n, transaction 2 takes n+1 and
 * commits first, a pull sees n+1 and moves its cursor past n, then 1 commits. With the school
 * clock, transaction 2 cannot even take its version until 1 has committed, and a pull never moves
 * past the committed clock value, so both reach every tablet, in order.
 */
class OutOfOrderCommitTest {
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
    void pull_whileTwoWritersOverlap_neverSkipsTheOneThatCommitsLate() throws Exception {
        String cursor = fixture.pullAll(senco, null).cursor();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<Long> second;
        long firstVersion;
        try (Handle first = fixture.jdbi().open()) {
            first.begin();
            firstVersion = SchoolClock.next(first, fixture.school.id());
            assertThat(applyPupil(first, firstVersion, early)).isInstanceOf(MutationOutcome.Applied.class);

            second = CompletableFuture.supplyAsync(() -> {
                try (Handle handle = fixture.jdbi().open()) {
                    handle.begin();
                    secondStarted.countDown();
                    long version = SchoolClock.next(handle, fixture.school.id()); // waits for the first writer
                    applyPupil(handle, version, late);
                    handle.commit();
                    return version;
                }
            });
            assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
            awaitClockWaiter();
            assertThat(second).as("the second writer waits for the clock").isNotDone();

            PullResponse during = fixture.pull.pull(senco, new PullRequest(cursor, 500));
            assertThat(during.changes()).isEmpty();
            assertThat(Cursor.parse(during.nextCursor()).orElseThrow().version())
                    .as("the cursor stays below the uncommitted version").isLessThan(firstVersion);
            cursor = during.nextCursor();

            first.commit();
        }
        long secondVersion = second.get(10, TimeUnit.SECONDS);

        PullResponse after = fixture.pull.pull(senco, new PullRequest(cursor, 500));

        assertThat(secondVersion).isEqualTo(firstVersion + 1);
        assertThat(after.changes()).extracting(Change::entityId).containsExactly(early, late);
        assertThat(after.changes()).extracting(Change::version).containsExactly(firstVersion, secondVersion);
    }

    private static MutationOutcome applyPupil(Handle handle, long version, UUID pupil) {
        LocalDate today = LocalDate.now(SyncFixture.CLOCK);
        Writes writes = Writes.immediate(handle);
        Mutation create = Mutations.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"), fixture.tablet.id());
        KnownRecords known = KnownRecords.load(new RecordStore(writes, senco.schoolId()),
                new ChangeLog(writes, senco.schoolId()), List.of(create));
        return new MutationApplier(writes, known, senco, today, version, new WritePermissions(senco, today)).apply(create);
    }

    /** Until PostgreSQL shows a transaction waiting for a row lock: the second writer on the clock. */
    private static void awaitClockWaiter() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            int waiting = fixture.jdbi().withHandle(h -> h.createQuery(
                            "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                    + " and query like 'update school_clock%'")
                    .mapTo(Integer.class).one());
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second writer never waited for the school clock");
    }
}
