package uk.graduated.server.proof.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.proof.DatabaseSnapshot;
import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.proof.RawHttp;

/**
 * Seeded bad input against every route the server registers: malformed JSON and forms, wrong types,
 * missing and unknown members, duplicate keys, invalid UTF-8, wrong content types, bodies over the
 * limit, bad, expired, revoked and other schools' credentials, traversal and NUL in path ids, SQL and
 * markup in text. Every answer is judged ({@link Verdicts}); afterwards the database must be as it was
 * before, except what the few well-formed requests were allowed to write (each checked on its own).
 *
 * <p>{@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.requests=N} sets how many (default 10,000).
 */
class BadInputFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final int MAX_FAILURES_SHOWN = 40;

    @TempDir
    static Path dataDir;
    static ProofSchool proof;

    @BeforeAll
    static void start() {
        proof = ProofSchool.start(dataDir);
    }

    @AfterAll
    static void stop() {
        proof.close();
    }

    @Test
    void everyRoute_hasAFuzzStrategy() {
        List<String> covered = strategies(new Random(SEED)).stream().map(Strategy::route).toList();
        List<String> missing = proof.fixture.server.routes().stream().map(Object::toString)
                .filter(route -> !covered.contains(route)).toList();

        assertThat(missing).as("routes without a strategy in ApiStrategies or ConsoleStrategies").isEmpty();
    }

    @Test
    void badInput_neverAServerError_alwaysAProperRefusal_andNothingWritten() throws Exception {
        Random random = new Random(SEED);
        Faults faults = new Faults(proof, random);
        List<Strategy> strategies = strategies(random);
        List<FuzzRequest> requests = new ArrayList<>();
        strategies.stream().map(s -> s.huge(faults)).filter(r -> r != null).forEach(requests::add);
        for (int i = requests.size(); i < REQUESTS; i++) {
            requests.add(strategies.get(random.nextInt(strategies.size())).next(random, faults));
        }
        FuzzRun run = new FuzzRun(new RawHttp(proof.port()), proof.fixture.jdbi());

        run.sendAll(requests);

        DatabaseSnapshot end = DatabaseSnapshot.take(proof.fixture.jdbi());
        print(requests.size(), run, end);
        assertThat(run.failures).as("first " + MAX_FAILURES_SHOWN + " of " + run.failures.size() + " failures (seed "
                + SEED + ")").satisfies(f -> assertThat(f.subList(0, Math.min(f.size(), MAX_FAILURES_SHOWN))).isEmpty());
        assertThat(end.changedSince(run.settled)).as("tables written by refused or read-only requests").isEmpty();
    }

    private static List<Strategy> strategies(Random random) {
        List<Strategy> all = new ArrayList<>(ApiStrategies.all(proof, random));
        all.addAll(ConsoleStrategies.all(proof));
        return all;
    }

    private static void print(int sent, FuzzRun run, DatabaseSnapshot end) {
        System.out.printf("Bad-input run, seed %d: %,d requests over %d routes; %,d well-formed hostile or lenient"
                        + " requests checked one by one (%,d accepted); %d tables, %,d rows compared before and after%n",
                SEED, sent, run.perRoute.size(), run.mayWrite, run.mayWriteAccepted, end.tableCount(), end.rowCount());
        System.out.println("  per status: " + run.perStatus.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
        System.out.printf("  refused by Jetty before routing (its own 400 or 431 page): %,d%n", run.refusedByJetty);
        run.perRoute.forEach((route, count) -> System.out.printf("  %-55s %,6d requests, %,8.1f ms each%n", route, count,
                run.nanosPerRoute.get(route) / 1e6 / count));
        run.failures.stream().collect(Collectors.groupingBy(f -> f.replaceAll("^#\\d+ ", "").replaceAll(" \\[.*?\\] .*?: ", ": ")
                        .replaceAll(" -> .*", "").replaceAll("[0-9a-f-]{36}", "<id>"), TreeMap::new, Collectors.counting()))
                .forEach((kind, count) -> System.out.printf("  FAILURE x%d: %s%n", count, Verdicts.abbreviate(kind)));
    }
}
