package uk.graduated.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.model.sync.SyncLimits;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.config.ExternalDatabase;

/**
 * P1, push ingest: session logs per second through {@code POST /api/v1/sync/push} from several
 * tablets at once, against plain batched JDBC inserts of the same rows into the same PostgreSQL,
 * measured alternately in the same run.
 */
class PushIngestBenchmark {
    private static final int CLIENTS = Integer.getInteger("bench.p1.clients", 4);
    private static final int RECORDS_PER_CLIENT = Integer.getInteger("bench.p1.records", 1_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private static ExternalDatabase database;
    private static GraduatedServer server;
    private static BenchSchool school;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        database = TestPostgres.freshDatabase();
        server = GraduatedServer.start(TestServers.config(dataDir, database));
        school = BenchSchool.create(server, "Larkspur Vale Primary School", CLIENTS, 4);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pushIngest_againstBatchedJdbcInserts() throws Exception {
        BenchHttp http = new BenchHttp(server.baseUrl(), CLIENTS);
        RawInserts raw = new RawInserts(database, school.school.id(), school.groups.get(0).ta().id());
        Samples pushed = new Samples();
        Samples baseline = new Samples();
        StatementCounter counter = StatementCounter.installOn(server.database().jdbi());
        pushRound(http); // warm-up (JIT, connections, plans), counting the statements a record costs
        double statementsPerRecord = (double) counter.statements().size() / (CLIENTS * RECORDS_PER_CLIENT);
        StatementCounter.removeFrom(server.database().jdbi());
        raw.insert(mutations(0));
        for (int run = 0; run < RUNS; run++) {
            pushed.add(pushRound(http));
            List<Mutation> rows = mutations(0);
            long start = System.nanoTime();
            raw.insert(rows);
            baseline.add(rows.size() / seconds(start));
        }
        http.close();
        double ratio = pushed.median() / baseline.median();
        BenchTable.record(new BenchRow("P1", "push ingest, " + CLIENTS + " tablets x " + RECORDS_PER_CLIENT
                + " session logs over HTTP", BenchRow.spread(pushed, "records/s", "%,.0f"),
                BenchRow.spread(baseline, "records/s", "%,.0f") + " batched JDBC, 4 rows per record", String.format(Locale.ROOT, "%.2f", ratio),
                "ratio >= 0.5", ratio >= 0.5));
        BenchTable.record(new BenchRow("P1b", "push: SQL statements per pushed record (a JDBC batch counts once; transaction control not counted)",
                String.format(Locale.ROOT, "%.2f", statementsPerRecord), "", "", "(informational)", true));
    }

    /** Every tablet pushes its records in protocol-sized batches at the same time; returns records per second. */
    private static double pushRound(BenchHttp http) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<List<Mutation>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(mutations(c));
        }
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            BenchSchool.Group group = school.groups.get(c);
            List<Mutation> mine = work.get(c);
            done.add(pool.submit(() -> pushAll(http, group, mine)));
        }
        int applied = 0;
        for (Future<Integer> f : done) {
            applied += f.get();
        }
        double rate = applied / seconds(start);
        pool.shutdown();
        assertThat(applied).isEqualTo(CLIENTS * RECORDS_PER_CLIENT);
        return rate;
    }

    private static int pushAll(BenchHttp http, BenchSchool.Group group, List<Mutation> mutations) throws Exception {
        int applied = 0;
        for (int from = 0; from < mutations.size(); from += SyncLimits.MAX_MUTATIONS_PER_PUSH) {
            List<Mutation> batch = mutations.subList(from, Math.min(mutations.size(), from + SyncLimits.MAX_MUTATIONS_PER_PUSH));
            String body = http.post("/api/v1/sync/push", group.sessionToken(),
                    new PushRequest(1, group.tablet().id(), batch).toJson());
            for (MutationOutcome outcome : PushResponse.fromJson(body).outcomes()) {
                if (outcome instanceof MutationOutcome.Applied) {
                    applied++;
                }
            }
        }
        return applied;
    }

    private static List<Mutation> mutations(int client) {
        BenchSchool.Group group = school.groups.get(client);
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < RECORDS_PER_CLIENT; i++) {
            mutations.add(BenchSchool.create(EntityType.SESSION_LOG, BenchSchool.sessionLog(group, i), group.tablet().id()));
        }
        return mutations;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
