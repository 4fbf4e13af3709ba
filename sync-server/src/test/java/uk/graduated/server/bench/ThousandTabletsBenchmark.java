package uk.graduated.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;

/**
 * P3, a thousand tablets: {@value #SCHOOLS} schools of {@value #TABLETS_PER_SCHOOL} tablets, each a
 * teaching assistant signed in, that each push {@value #RECORDS} session logs and then pull until up
 * to date, all at once through a bounded pool of client threads. Counts errors (a failed request or a
 * refused mutation) and losses (an acknowledged record missing from the database or from the
 * tablet's own pull).
 */
class ThousandTabletsBenchmark {
    private static final int SCHOOLS = 25;
    private static final int TABLETS_PER_SCHOOL = 40;
    private static final int RECORDS = 20;
    private static final int CLIENT_THREADS = Integer.getInteger("bench.p3.threads", 64);
    private static final int RUNS = Integer.getInteger("bench.p3.runs", 3);

    private static GraduatedServer server;
    private static final List<Tablet> tablets = new ArrayList<>();

    /** One simulated tablet and the cursor of its last pull. */
    private static final class Tablet {
        final BenchSchool.Group group;
        String cursor;

        Tablet(BenchSchool.Group group) {
            this.group = group;
        }
    }

    /** What one tablet's sync did; {@code pulledIds} counts only when its pull got up to date. */
    private record Outcome(double seconds, int errors, Set<UUID> pushedIds, boolean upToDate, Set<UUID> pulledIds) {
        long missingFromPull() {
            return upToDate ? pushedIds.stream().filter(id -> !pulledIds.contains(id)).count() : 0;
        }
    }

    @BeforeAll
    static void start(@TempDir Path dataDir) throws Exception {
        server = TestServers.startOnFreshDatabase(dataDir);
        for (int s = 0; s < SCHOOLS; s++) {
            BenchSchool school = BenchSchool.create(server, "Bench School " + (s + 1), TABLETS_PER_SCHOOL, 3);
            school.groups.forEach(g -> tablets.add(new Tablet(g)));
        }
        BenchHttp http = new BenchHttp(server.baseUrl(), 8);
        for (Tablet tablet : tablets) {
            tablet.cursor = pullUntilUpToDate(http, tablet, new HashSet<>());
        }
        http.close();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aThousandTablets_pushAndPull() throws Exception {
        Samples total = new Samples();
        Samples p99 = new Samples();
        Samples p50 = new Samples();
        int errors = 0;
        long lost = 0;
        for (int run = 0; run < RUNS; run++) {
            BenchHttp http = new BenchHttp(server.baseUrl(), CLIENT_THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
            long start = System.nanoTime();
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Tablet tablet : tablets) {
                futures.add(pool.submit(() -> sync(http, tablet)));
            }
            Samples latency = new Samples();
            Set<UUID> acknowledged = new HashSet<>();
            for (Future<Outcome> f : futures) {
                Outcome o = f.get(10, TimeUnit.MINUTES);
                latency.add(o.seconds());
                errors += o.errors();
                acknowledged.addAll(o.pushedIds());
                lost += o.missingFromPull();
            }
            total.add((System.nanoTime() - start) / 1e9);
            pool.shutdown();
            http.close();
            lost += acknowledged.size() - storedSessionLogs(acknowledged); // acknowledged, yet not stored
            p99.add(latency.percentile(99));
            p50.add(latency.percentile(50));
        }
        boolean met = total.median() <= 60 && p99.median() < 1 && errors == 0 && lost == 0;
        BenchTable.record(new BenchRow("P3", "1,000 tablets (" + SCHOOLS + " schools x " + TABLETS_PER_SCHOOL
                + ") each push " + RECORDS + " records and pull; " + CLIENT_THREADS + " client threads",
                BenchRow.spread(total, "s all done", "%.1f") + "; per-tablet sync p99 "
                        + BenchRow.spread(p99, "s", "%.2f") + ", p50 " + String.format(Locale.ROOT, "%.2f s", p50.median())
                        + "; errors " + errors + ", lost " + lost,
                "", "", "<= 60 s, p99 < 1 s, 0 errors, 0 lost", met));
        assertThat(lost).isZero();
    }

    /** Push, then pull until up to date; the tablet's own records must come back in its pull. */
    private static Outcome sync(BenchHttp http, Tablet tablet) {
        long start = System.nanoTime();
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            mutations.add(BenchSchool.create(EntityType.SESSION_LOG, BenchSchool.sessionLog(tablet.group, i),
                    tablet.group.tablet().id()));
        }
        Set<UUID> pushed = new HashSet<>();
        Set<UUID> pulled = new HashSet<>();
        int errors = 0;
        boolean upToDate = false;
        try {
            String body = http.post("/api/v1/sync/push", tablet.group.sessionToken(),
                    new PushRequest(1, tablet.group.tablet().id(), mutations).toJson());
            List<MutationOutcome> outcomes = PushResponse.fromJson(body).outcomes();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof MutationOutcome.Applied) {
                    pushed.add(mutations.get(i).entityId());
                } else {
                    errors++;
                }
            }
            tablet.cursor = pullUntilUpToDate(http, tablet, pulled);
            upToDate = true;
        } catch (Exception e) {
            errors++;
        }
        return new Outcome((System.nanoTime() - start) / 1e9, errors, pushed, upToDate, pulled);
    }

    private static String pullUntilUpToDate(BenchHttp http, Tablet tablet, Set<UUID> pulled) throws Exception {
        String cursor = tablet.cursor;
        PullResponse page;
        do {
            page = PullResponse.fromJson(http.post("/api/v1/sync/pull", tablet.group.sessionToken(),
                    new PullRequest(cursor, 500).toJson()));
            page.changes().stream().map(Change::entityId).forEach(pulled::add);
            cursor = page.nextCursor();
        } while (page.hasMore());
        return cursor;
    }

    private static long storedSessionLogs(Set<UUID> ids) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from session_log where id = any(:ids) and not deleted")
                .bind("ids", ids.toArray(UUID[]::new)).mapTo(Long.class).one());
    }
}
