package uk.graduated.app.sync.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.PhotoUploadStatus;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/**
 * The network between the engine and a {@link FakeServer}, with the faults a corridor Wi-Fi
 * connection produces: a request that never arrives, a reply lost after the server applied the
 * request, and a request delivered twice.
 */
final class FakeTransport implements SyncTransport {
    enum Fault {
        /** Delivered and answered normally. */
        NONE,
        /** The request never reaches the server. */
        FAIL_BEFORE,
        /** The server applies the request, then the reply is lost. */
        DROP_REPLY,
        /** The request reaches the server twice (a retry below the engine); the second reply arrives. */
        DUPLICATE
    }

    final FakeServer server = new FakeServer();
    final List<PushRequest> pushes = new ArrayList<>();
    final List<PullRequest> pulls = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private final Deque<Fault> pushFaults = new ArrayDeque<>();
    private final Map<Integer, TransportException> pullFailures = new HashMap<>();
    private final Map<Integer, CountDownLatch> pullsArrived = new ConcurrentHashMap<>();
    private final Map<Integer, CountDownLatch> heldPulls = new ConcurrentHashMap<>();
    /** Opens when a held pull gives up because the engine interrupted its thread. */
    final CountDownLatch heldPullInterrupted = new CountDownLatch(1);
    /** Pushes larger than this get 413, as a body over 16 MiB would. */
    int largestAcceptedPush = Integer.MAX_VALUE;
    /** An error every request gets, e.g. 426; null for none. */
    TransportException failEverything;

    void nextPush(Fault fault) {
        pushFaults.add(fault);
    }

    /** Pull number {@code number} (from 1, counting every pull so far) fails with {@code e}. */
    void failPull(int number, TransportException e) {
        pullFailures.put(number, e);
    }

    /** Opens when pull number {@code number} (from 1) reaches the transport. */
    CountDownLatch pullArrived(int number) {
        return pullsArrived.computeIfAbsent(number, n -> new CountDownLatch(1));
    }

    /** Pull number {@code number} (from 1) waits until {@code release} opens or its thread is interrupted. */
    void holdPull(int number, CountDownLatch release) {
        heldPulls.put(number, release);
    }

    @Override
    public PushResponse push(SyncScope scope, PushRequest request) throws TransportException {
        calls.add("push");
        pushes.add(request);
        failIfAsked();
        if (request.mutations().size() > largestAcceptedPush) {
            throw FakeServer.error(413, ErrorCode.PAYLOAD_TOO_LARGE);
        }
        Fault fault = pushFaults.poll();
        if (fault == Fault.FAIL_BEFORE) {
            throw lost();
        }
        PushResponse response = server.push(request);
        if (fault == Fault.DROP_REPLY) {
            throw lost();
        }
        return fault == Fault.DUPLICATE ? server.push(request) : response;
    }

    @Override
    public PullResponse pull(SyncScope scope, PullRequest request) throws TransportException {
        calls.add("pull");
        pulls.add(request);
        int number = pulls.size();
        pullArrived(number).countDown();
        CountDownLatch release = heldPulls.get(number);
        if (release != null) {
            awaitRelease(release);
        }
        failIfAsked();
        TransportException failure = pullFailures.get(number);
        if (failure != null) {
            throw failure;
        }
        return server.pull(request);
    }

    @Override
    public PhotoUploadStatus photoStatus(SyncScope scope, QueuedPhoto photo) throws TransportException {
        calls.add("photo-status");
        failIfAsked();
        return server.status(photo);
    }

    @Override
    public PhotoUploadStatus uploadPhoto(SyncScope scope, QueuedPhoto photo, long offset, byte[] chunk)
            throws TransportException {
        calls.add("photo-chunk");
        failIfAsked();
        return server.upload(photo, offset, chunk);
    }

    private void awaitRelease(CountDownLatch release) throws TransportException {
        try {
            release.await();
        } catch (InterruptedException e) {
            heldPullInterrupted.countDown();
            throw TransportException.network(new InterruptedIOException("the request was given up"));
        }
    }

    private void failIfAsked() throws TransportException {
        if (failEverything != null) {
            throw failEverything;
        }
    }

    static TransportException lost() {
        return TransportException.network(new IOException("connection reset"));
    }
}
