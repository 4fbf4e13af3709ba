package uk.graduated.app.simulation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.sync.engine.SyncTransport;
import uk.graduated.app.sync.engine.TransportException;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/**
 * The ways a school's Wi-Fi and the tablet's system break a sync, drawn from the run's seeded
 * random: the request never leaves, the reply is lost after the server committed, a push arrives
 * twice, an old push arrives again after newer ones, the system stops the round between requests.
 */
final class Faults {
    enum Fault { FAILED_BEFORE_SENDING, REPLY_DROPPED_AFTER_COMMIT, DUPLICATED_PUSH, REORDERED_RETRY, STOPPED_BY_SYSTEM }

    /** A push kept to arrive again later, with the reply it got the first time. */
    private record Delayed(SyncTransport server, SyncScope scope, PushRequest request, PushResponse firstReply) {
    }

    private final Random random;
    private final List<String> violations;
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private final List<Delayed> delayed = new ArrayList<>();
    private boolean on = true;

    /** @param violations where a broken guarantee is reported: the engine would swallow an exception */
    Faults(Random random, List<String> violations) {
        this.random = random;
        this.violations = violations;
    }

    void stop() {
        on = false;
        delayed.clear();
    }

    Map<Fault, Integer> injected() {
        return Map.copyOf(injected);
    }

    void beforeSending() throws TransportException {
        if (chance(0.08)) {
            count(Fault.FAILED_BEFORE_SENDING);
            throw TransportException.network(new IOException("simulated: the request never left the tablet"));
        }
    }

    void afterServerAnswered() throws TransportException {
        if (chance(0.08)) {
            count(Fault.REPLY_DROPPED_AFTER_COMMIT);
            throw TransportException.network(new IOException("simulated: the reply was lost on the way back"));
        }
    }

    /** Sometimes sends the push a second time at once; the server must answer exactly as before. */
    void maybeDuplicate(SyncTransport server, SyncScope scope, PushRequest request, PushResponse reply)
            throws TransportException {
        if (chance(0.06)) {
            count(Fault.DUPLICATED_PUSH);
            PushResponse again = server.push(scope, request);
            if (!again.toJson().equals(reply.toJson())) {
                violations.add("a duplicated push was answered differently:\n" + reply.toJson() + "\n" + again.toJson());
            }
        }
        if (chance(0.05)) {
            delayed.add(new Delayed(server, scope, request, reply));
        }
    }

    /** Lets one kept push arrive now, after newer ones: the server must answer it exactly as before. */
    void deliverDelayedRetry() {
        if (!on || delayed.isEmpty()) {
            return;
        }
        Delayed retry = delayed.remove(random.nextInt(delayed.size()));
        count(Fault.REORDERED_RETRY);
        try {
            PushResponse reply = retry.server().push(retry.scope(), retry.request());
            if (!reply.toJson().equals(retry.firstReply().toJson())) {
                violations.add("a late retry was answered differently:\n" + retry.firstReply().toJson() + "\n"
                        + reply.toJson());
            }
        } catch (TransportException e) {
            if (!ErrorCode.DEVICE_REVOKED.code().equals(e.code())) {
                violations.add("a late retry failed: " + e.getMessage());
            }
        }
    }

    /** Asked by the engine between requests: the system takes the network away from the job. */
    boolean stopRequested() {
        if (chance(0.02)) {
            count(Fault.STOPPED_BY_SYSTEM);
            return true;
        }
        return false;
    }

    private boolean chance(double probability) {
        // Drawn even when faults are off, so that turning them off does not shift the rest of the run.
        double draw = random.nextDouble();
        return on && draw < probability;
    }

    private void count(Fault fault) {
        injected.merge(fault, 1, Integer::sum);
    }
}
