package uk.graduated.server.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.server.testing.ApiClient;

/**
 * Pushes and pulls over HTTP to the real server, and with a seeded chance breaks the exchange the
 * ways a school's Wi-Fi does: the request never leaves, the reply is lost after the server committed,
 * the request arrives twice, or an old retry arrives after newer pushes.
 */
final class FaultyTransport {
    enum Fault { FAILED_BEFORE_SENDING, REPLY_DROPPED_AFTER_COMMIT, DUPLICATED, REORDERED_RETRY }

    /** The tablet saw a network failure; nothing it holds changes. */
    static final class NetworkFailure extends RuntimeException {
        NetworkFailure(Fault fault) {
            super(fault.name(), null, false, false);
        }
    }

    /** The server answered {@code device_revoked}. */
    static final class DeviceRevoked extends RuntimeException {
        DeviceRevoked() {
            super("device_revoked", null, false, false);
        }
    }

    /** A push sent earlier, kept to arrive again later, with the reply it got the first time. */
    private record Delayed(String token, String body, String firstReply) {
    }

    private final String baseUrl;
    private final Random random;
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private final List<Delayed> delayed = new ArrayList<>();
    private boolean faulty = true;

    FaultyTransport(String baseUrl, Random random) {
        this.baseUrl = baseUrl;
        this.random = random;
    }

    void stopFaults() {
        faulty = false;
    }

    Map<Fault, Integer> injected() {
        return Map.copyOf(injected);
    }

    PushResponse push(SimTablet tablet, PushRequest request) {
        String body = request.toJson();
        failBeforeSending();
        String reply = send(tablet.sessionToken, "/api/v1/sync/push", body);
        if (chance(0.06)) {
            count(Fault.DUPLICATED);
            String again = send(tablet.sessionToken, "/api/v1/sync/push", body);
            if (!again.equals(reply)) {
                throw new SimulationFailure("a duplicated push was answered differently:\n" + reply + "\n" + again);
            }
        }
        if (chance(0.05)) {
            delayed.add(new Delayed(tablet.sessionToken, body, reply));
        }
        dropReply();
        return PushResponse.fromJson(reply);
    }

    PullResponse pull(SimTablet tablet, PullRequest request) {
        failBeforeSending();
        String reply = send(tablet.sessionToken, "/api/v1/sync/pull", request.toJson());
        dropReply();
        return PullResponse.fromJson(reply);
    }

    /** Lets one delayed push arrive now, after newer ones: the server must answer it exactly as before. */
    void deliverDelayedRetry() {
        if (!faulty || delayed.isEmpty()) {
            return;
        }
        Delayed retry = delayed.remove(random.nextInt(delayed.size()));
        count(Fault.REORDERED_RETRY);
        try {
            String reply = send(retry.token(), "/api/v1/sync/push", retry.body());
            if (!reply.equals(retry.firstReply())) {
                throw new SimulationFailure("a late retry was answered differently:\n" + retry.firstReply() + "\n" + reply);
            }
        } catch (DeviceRevoked revokedSince) {
            // The device was revoked after the first delivery; refusing the retry is right.
        }
    }

    private void failBeforeSending() {
        if (chance(0.08)) {
            count(Fault.FAILED_BEFORE_SENDING);
            throw new NetworkFailure(Fault.FAILED_BEFORE_SENDING);
        }
    }

    private void dropReply() {
        if (chance(0.08)) {
            count(Fault.REPLY_DROPPED_AFTER_COMMIT);
            throw new NetworkFailure(Fault.REPLY_DROPPED_AFTER_COMMIT);
        }
    }

    private boolean chance(double probability) {
        // Drawn even when faults are off, so turning them off does not shift the rest of the run.
        double draw = random.nextDouble();
        return faulty && draw < probability;
    }

    private void count(Fault fault) {
        injected.merge(fault, 1, Integer::sum);
    }

    private String send(String token, String path, String body) {
        ApiClient.Reply reply = new ApiClient(baseUrl).withToken(token).post(path, body);
        if (reply.status() >= 400 && reply.json() != null && "device_revoked".equals(reply.errorCode())) {
            throw new DeviceRevoked();
        }
        if (reply.status() != 200) {
            throw new SimulationFailure(path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }
}
