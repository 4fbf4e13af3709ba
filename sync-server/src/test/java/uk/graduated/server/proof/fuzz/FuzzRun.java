package uk.graduated.server.proof.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.server.proof.DatabaseSnapshot;
import uk.graduated.server.proof.RawHttp;

/**
 * Sends generated requests and keeps the verdicts and counts. Requests that may not write go out a
 * few at a time (the machine has two cores to use); each one that may write goes alone, between two
 * snapshots, so what it wrote is known to be its own.
 */
final class FuzzRun {
    private static final int PARALLEL = 3;

    private final RawHttp http;
    private final Jdbi jdbi;
    final Map<String, Integer> perRoute = new TreeMap<>();
    final Map<String, Long> nanosPerRoute = new TreeMap<>();
    final Map<Integer, Integer> perStatus = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    int mayWrite;
    int mayWriteAccepted;
    int refusedByJetty;
    /** Moves only with the writes of accepted well-formed requests; nothing else may change it. */
    DatabaseSnapshot settled;

    FuzzRun(RawHttp http, Jdbi jdbi) {
        this.http = http;
        this.jdbi = jdbi;
        this.settled = DatabaseSnapshot.take(jdbi);
    }

    private record Sent(int index, FuzzRequest request, RawHttp.Reply reply, long nanos, String error) {
    }

    void sendAll(List<FuzzRequest> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Sent>> batch = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                FuzzRequest request = requests.get(i);
                if (request.expect() == FuzzRequest.Expect.MAY_WRITE || request.expect() == FuzzRequest.Expect.REFUSED_ALONE) {
                    judgeBatch(batch);
                    judgeAlone(send(i, request));
                } else {
                    int index = i;
                    batch.add(pool.submit(() -> send(index, request)));
                }
            }
            judgeBatch(batch);
        } finally {
            pool.shutdownNow();
        }
    }

    private Sent send(int index, FuzzRequest request) {
        // Many client addresses, as many tablets and browsers would be: per-address limits stay out of the way.
        RawHttp.Request raw = request.request().from("127.0.0." + (2 + index % 250));
        long started = System.nanoTime();
        try {
            return new Sent(index, request, http.send(raw), System.nanoTime() - started, null);
        } catch (IOException e) {
            return new Sent(index, request, null, System.nanoTime() - started, "no answer: " + e.getMessage());
        }
    }

    private void judgeBatch(List<Future<Sent>> batch) throws Exception {
        boolean wrongfullyAccepted = false;
        for (Future<Sent> future : batch) {
            wrongfullyAccepted |= judge(future.get());
        }
        batch.clear();
        if (wrongfullyAccepted) {
            // Whatever those wrote is reported with them, not blamed on the next request checked alone.
            DatabaseSnapshot after = DatabaseSnapshot.take(jdbi);
            if (!after.changedSince(settled).isEmpty()) {
                failures.add("requests accepted though they had to be refused wrote " + after.changedSince(settled).keySet());
            }
            settled = after;
        }
    }

    private void judgeAlone(Sent sent) {
        boolean wrongfullyAccepted = judge(sent);
        DatabaseSnapshot after = DatabaseSnapshot.take(jdbi);
        if (sent.request().mustBeRefused()) {
            if (wrongfullyAccepted && !after.changedSince(settled).isEmpty()) {
                failures.add(describe(sent, "accepted though it had to be refused, and wrote " + after.changedSince(settled)));
            }
            settled = after;
            return;
        }
        mayWrite++;
        if (sent.reply() != null && Verdicts.accepted(sent.reply())) {
            mayWriteAccepted++;
        } else if (!after.changedSince(settled).isEmpty()) {
            failures.add(describe(sent, "refused but wrote " + after.changedSince(settled)));
        }
        settled = after;
    }

    /** Records the answer; true when a request that had to be refused was accepted. */
    private boolean judge(Sent sent) {
        String route = sent.request().route();
        if (sent.error() != null) {
            failures.add(describe(sent, sent.error()));
            return false;
        }
        RawHttp.Reply reply = sent.reply();
        perRoute.merge(route, 1, Integer::sum);
        nanosPerRoute.merge(route, sent.nanos(), Long::sum);
        perStatus.merge(reply.status(), 1, Integer::sum);
        if (Verdicts.isRefusedByHttpLayer(reply)) {
            refusedByJetty++;
        }
        List<String> problems = Verdicts.judge(sent.request(), reply);
        problems.forEach(problem -> failures.add(describe(sent, problem) + " -> " + Verdicts.abbreviate(reply.text())));
        return !problems.isEmpty() && sent.request().mustBeRefused() && Verdicts.accepted(reply);
    }

    private static String describe(Sent sent, String problem) {
        FuzzRequest request = sent.request();
        return "#" + sent.index() + " " + request.route() + " [" + request.fault() + "] " + request.request().method() + " "
                + Verdicts.abbreviate(request.request().target()) + ": " + problem;
    }
}
