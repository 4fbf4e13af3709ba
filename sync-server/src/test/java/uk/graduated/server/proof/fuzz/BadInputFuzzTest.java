package uk.graduated.server.proof.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void badInput_neverAServerError_alwaysAProperRefusal_andNothingWritten() throws IOException {
        Random random = new Random(SEED);
        Faults faults = new Faults(proof, random);
        List<Strategy> strategies = strategies(random);
        RawHttp http = new RawHttp(proof.port());
        Map<String, Integer> perRoute = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        Map<String, Long> nanosPerRoute = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int mayWrite = 0;
        int refusedByJetty = 0;
        int mayWriteAccepted = 0;

        // Moves only with the writes of accepted well-formed requests; nothing else may change it.
        DatabaseSnapshot settled = DatabaseSnapshot.take(proof.fixture.jdbi());
        List<FuzzRequest> requests = new ArrayList<>();
        strategies.stream().map(s -> s.huge(faults)).filter(r -> r != null).forEach(requests::add);
        for (int i = requests.size(); i < REQUESTS; i++) {
            requests.add(strategies.get(random.nextInt(strategies.size())).next(random, faults));
        }
        for (int i = 0; i < requests.size(); i++) {
            FuzzRequest sent = requests.get(i);
            // Many client addresses, as many tablets and browsers would be: per-address limits stay out of the way.
            RawHttp.Request request = sent.request().from("127.0.0." + (2 + i % 250));
            RawHttp.Reply reply;
            long started = System.nanoTime();
            try {
                reply = http.send(request);
            } catch (IOException e) {
                failures.add(describe(i, sent, "no answer: " + e.getMessage()));
                continue;
            }
            perRoute.merge(sent.route(), 1, Integer::sum);
            nanosPerRoute.merge(sent.route(), System.nanoTime() - started, Long::sum);
            perStatus.merge(reply.status(), 1, Integer::sum);
            if (Verdicts.isRefusedByHttpLayer(reply)) {
                refusedByJetty++;
            }
            int index = i;
            List<String> problems = Verdicts.judge(sent, reply);
            problems.forEach(problem -> failures.add(describe(index, sent, problem) + " -> " + Verdicts.abbreviate(reply.text())));
            if (!problems.isEmpty() && sent.expect() == FuzzRequest.Expect.REFUSED) {
                // Whatever it wrote is reported here, not blamed on the next request checked one by one.
                DatabaseSnapshot after = DatabaseSnapshot.take(proof.fixture.jdbi());
                if (!after.changedSince(settled).isEmpty()) {
                    failures.add(describe(index, sent, "wrote " + after.changedSince(settled).keySet()));
                }
                settled = after;
            }
            if (sent.expect() == FuzzRequest.Expect.MAY_WRITE) {
                mayWrite++;
                DatabaseSnapshot after = DatabaseSnapshot.take(proof.fixture.jdbi());
                if (Verdicts.accepted(reply)) {
                    mayWriteAccepted++;
                } else if (!after.changedSince(settled).isEmpty()) {
                    failures.add(describe(i, sent, "refused (" + reply.status() + ") but wrote " + after.changedSince(settled)));
                }
                settled = after;
            }
        }
        DatabaseSnapshot end = DatabaseSnapshot.take(proof.fixture.jdbi());

        print(requests.size(), perRoute, nanosPerRoute, perStatus, mayWrite, mayWriteAccepted, end);
        System.out.printf("  refused by Jetty before routing (its own 400 page): %,d%n", refusedByJetty);
        failures.stream().collect(Collectors.groupingBy(f -> f.replaceAll("^#\\d+ ", "").replaceAll(" \\[.*?\\] .*?: ", ": ")
                        .replaceAll(" -> .*", "").replaceAll("[0-9a-f-]{36}", "<id>"), TreeMap::new, Collectors.counting()))
                .forEach((kind, count) -> System.out.printf("  FAILURE x%d: %s%n", count, Verdicts.abbreviate(kind)));
        assertThat(failures).as("first " + MAX_FAILURES_SHOWN + " of " + failures.size() + " failures (seed " + SEED + ")")
                .satisfies(f -> assertThat(f.subList(0, Math.min(f.size(), MAX_FAILURES_SHOWN))).isEmpty());
        assertThat(end.changedSince(settled)).as("tables written by refused or read-only requests").isEmpty();
    }

    private static List<Strategy> strategies(Random random) {
        List<Strategy> all = new ArrayList<>(ApiStrategies.all(proof, random));
        all.addAll(ConsoleStrategies.all(proof));
        return all;
    }

    private static String describe(int index, FuzzRequest sent, String problem) {
        return "#" + index + " " + sent.route() + " [" + sent.fault() + "] " + sent.request().method() + " "
                + Verdicts.abbreviate(sent.request().target()) + ": " + problem;
    }

    private static void print(int sent, Map<String, Integer> perRoute, Map<String, Long> nanos,
            Map<Integer, Integer> perStatus, int mayWrite,
            int mayWriteAccepted, DatabaseSnapshot end) {
        Map<String, Integer> ordered = new LinkedHashMap<>(perRoute);
        System.out.printf("Bad-input run, seed %d: %,d requests over %d routes; %,d well-formed hostile or lenient"
                        + " requests checked one by one (%,d accepted); %d tables, %,d rows compared before and after%n",
                SEED, sent, perRoute.size(), mayWrite, mayWriteAccepted, end.tableCount(), end.rowCount());
        System.out.println("  per status: " + perStatus.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
        ordered.forEach((route, count) -> System.out.printf("  %-55s %,6d requests, %,8.1f ms each%n", route, count,
                nanos.get(route) / 1e6 / count));
    }
}
