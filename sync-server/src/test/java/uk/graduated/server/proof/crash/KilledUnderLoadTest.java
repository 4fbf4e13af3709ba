package uk.graduated.server.proof.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.proof.OutboxTablet;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.TestAccounts;

/**
 * The server, a JVM of its own, is killed with SIGKILL while four teaching assistants' tablets push
 * session logs, then started again on the same database. Every change the server acknowledged is
 * stored exactly once, and every change that was in flight or waiting applies exactly once when the
 * tablets send it again.
 */
class KilledUnderLoadTest {
    private static final int TABLETS = 4;

    @Test
    void sigkillMidPush_everyAcknowledgedChangeOnce_andRetriesApplyOnce(@TempDir Path dataDir, @TempDir Path logs)
            throws Exception {
        ExternalDatabase database = TestPostgres.freshDatabase();
        int port = ServerProcess.freePort();
        Path log = logs.resolve("server.log");
        List<OutboxTablet> tablets = new ArrayList<>();
        Set<UUID> ackedBeforeKill = new HashSet<>();
        int waitingAtKill;
        long started = System.nanoTime();
        try (ServerProcess first = ServerProcess.start(database, dataDir, port, log)) {
            System.out.printf("  server process healthy after %,d ms%n", (System.nanoTime() - started) / 1_000_000);
            Jdbi jdbi = jdbi(database);
            TestAccounts accounts = new TestAccounts(jdbi);
            TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
            TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
            UUID pupil = UUID.randomUUID();
            UUID group = UUID.randomUUID();
            setUpGroup(jdbi, accounts, school, ta, pupil, group);
            SchoolRecords records = new SchoolRecords(school.id());
            for (int i = 0; i < TABLETS; i++) {
                TestAccounts.Device device = accounts.enrolDevice(school, "Group tablet " + (i + 1));
                tablets.add(new OutboxTablet(device.id(), accounts.sessionOnDevice(ta, device)));
            }

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(TABLETS);
            for (OutboxTablet tablet : tablets) {
                load.submit(() -> {
                    while (running.get()) {
                        for (int i = 0; i < 3; i++) {
                            tablet.save(device -> SyncFixture.Mutations.create(EntityType.SESSION_LOG,
                                    records.sessionLog(UUID.randomUUID(), group, pupil, ta.id(), device), device));
                        }
                        tablet.push(first.baseUrl());
                    }
                });
            }
            waitUntil(() -> tablets.stream().mapToInt(t -> t.acknowledged().size()).sum() >= 100);
            System.out.printf("  100 acknowledged after %,d ms%n", (System.nanoTime() - started) / 1_000_000);
            first.kill();
            Thread.sleep(300);
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            tablets.forEach(t -> ackedBeforeKill.addAll(t.acknowledged()));
            waitingAtKill = tablets.stream().mapToInt(OutboxTablet::waiting).sum();
        }

        System.out.printf("  killed after %,d ms%n", (System.nanoTime() - started) / 1_000_000);
        try (ServerProcess second = ServerProcess.start(database, dataDir, port, log)) {
            System.out.printf("  restarted after %,d ms%n", (System.nanoTime() - started) / 1_000_000);
            for (OutboxTablet tablet : tablets) {
                for (int attempt = 0; attempt < 5 && tablet.waiting() > 0; attempt++) {
                    tablet.push(second.baseUrl());
                }
            }
        }

        System.out.printf("  retried and stopped after %,d ms%n", (System.nanoTime() - started) / 1_000_000);
        Jdbi jdbi = jdbi(database);
        int saved = 0;
        int recovered = 0;
        for (OutboxTablet tablet : tablets) {
            assertThat(tablet.waiting()).as("changes still waiting on a tablet").isZero();
            Map<UUID, UUID> changes = tablet.saved();
            saved += changes.size();
            recovered += (int) changes.keySet().stream().filter(id -> !ackedBeforeKill.contains(id)).count();
            assertThat(counts(jdbi, "applied_mutation", "mutation_id", changes.keySet()))
                    .as("applied_mutation rows per change").containsOnlyKeys(changes.keySet()).allSatisfy((id, n) ->
                            assertThat(n).as("mutation " + id).isEqualTo(1));
            assertThat(counts(jdbi, "record_history", "mutation_id", changes.keySet()))
                    .as("history rows per change").containsOnlyKeys(changes.keySet()).allSatisfy((id, n) ->
                            assertThat(n).as("history of " + id).isEqualTo(1));
            assertThat(counts(jdbi, "session_log", "id", changes.values()))
                    .as("session logs").containsOnlyKeys(changes.values()).allSatisfy((id, n) ->
                            assertThat(n).as("session log " + id).isEqualTo(1));
        }
        int failed = tablets.stream().mapToInt(OutboxTablet::failedPushes).sum();
        System.out.printf("SIGKILL under load: %d session logs saved on %d tablets; %d acknowledged before the kill;"
                        + " %d waiting or in flight at the kill (%d pushes failed); %d applied once after restart%n",
                saved, TABLETS, ackedBeforeKill.size(), waitingAtKill, failed, recovered);
        assertThat(recovered).as("changes the kill caught in flight or waiting").isPositive();
    }

    /** The pupil and the group the assistant runs, written as the SENCO's tablet would. */
    private static void setUpGroup(Jdbi jdbi, TestAccounts accounts, TestAccounts.School school, TestAccounts.Person ta,
            UUID pupil, UUID group) {
        TestAccounts.Device senco = accounts.enrolDevice(school, "SEN room tablet");
        SchoolRecords records = new SchoolRecords(school.id());
        PushService push = new PushService(jdbi, Clock.systemUTC());
        List<Mutation> setup = List.of(
                SyncFixture.Mutations.create(EntityType.PUPIL, records.pupil(pupil, "Oak"), senco.id()),
                SyncFixture.Mutations.create(EntityType.INTERVENTION, records.intervention(group, ta.id()), senco.id()),
                SyncFixture.Mutations.create(EntityType.GROUP_MEMBERSHIP, records.membership(UUID.randomUUID(), group, pupil,
                        null), senco.id()));
        List<MutationOutcome> outcomes = push.push(TestAccounts.principal(school.senco(), senco),
                new PushRequest(1, senco.id(), setup)).outcomes();
        assertThat(outcomes).allMatch(o -> o instanceof MutationOutcome.Applied);
    }

    /** As the server's own: PostgreSQL types (uuid) and SQL objects. */
    private static Jdbi jdbi(ExternalDatabase database) {
        return Jdbi.create(database.jdbcUrl(), database.user(), "").installPlugin(new PostgresPlugin())
                .installPlugin(new SqlObjectPlugin());
    }

    /** Rows of {@code table} per value of {@code column}, for the given values, in one query. */
    private static Map<UUID, Integer> counts(Jdbi jdbi, String table, String column, Collection<UUID> ids) {
        return jdbi.withHandle(h -> h.createQuery("select " + column + " as id, count(*) as n from " + table
                        + " where " + column + " = any(:ids) group by " + column)
                .bindArray("ids", UUID.class, ids.toArray(new UUID[0]))
                .reduceRows(new HashMap<UUID, Integer>(), (map, row) -> {
                    map.put(row.getColumn("id", UUID.class), row.getColumn("n", Integer.class));
                    return map;
                }));
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the load did not reach its mark within a minute");
            }
            Thread.sleep(20);
        }
    }
}
