package uk.graduated.app.sync.engine;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import uk.graduated.app.core.Sha256;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PhotoUploadStatus;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/**
 * The server's side of the protocol in memory, as far as the engine can tell: idempotent pushes
 * (a mutation id answered once is answered the same way again), scripted pull pages, and resumable,
 * content-addressed photo uploads.
 */
final class FakeServer {
    private final Map<UUID, MutationOutcome> answered = new HashMap<>();
    private final Map<UUID, Integer> timesApplied = new HashMap<>();
    private final Map<UUID, Function<Mutation, MutationOutcome>> rules = new HashMap<>();
    private final Deque<PullResponse> pages = new ArrayDeque<>();
    private final Map<String, ByteArrayOutputStream> photoBytes = new HashMap<>();
    private final Set<String> discardAfterStatus = new HashSet<>();
    final List<String> completePhotos = new ArrayList<>();
    long version = 1000;

    /** How the server answers mutations of one record, instead of applying them. */
    void answer(UUID entityId, Function<Mutation, MutationOutcome> rule) {
        rules.put(entityId, rule);
    }

    void queuePage(PullResponse page) {
        pages.add(page);
    }

    PushResponse push(PushRequest request) {
        List<MutationOutcome> outcomes = new ArrayList<>();
        for (Mutation mutation : request.mutations()) {
            outcomes.add(answered.computeIfAbsent(mutation.mutationId(), id -> apply(mutation)));
        }
        return new PushResponse(outcomes);
    }

    private MutationOutcome apply(Mutation mutation) {
        timesApplied.merge(mutation.mutationId(), 1, Integer::sum);
        Function<Mutation, MutationOutcome> rule = rules.get(mutation.entityId());
        return rule != null ? rule.apply(mutation) : new MutationOutcome.Applied(mutation.mutationId(), ++version);
    }

    int timesApplied(UUID mutationId) {
        return timesApplied.getOrDefault(mutationId, 0);
    }

    PullResponse pull(PullRequest request) {
        PullResponse next = pages.poll();
        return next != null ? next : new PullResponse(List.of(), List.of(), "cursor-end", false, false, null);
    }

    PhotoUploadStatus status(QueuedPhoto photo) {
        PhotoUploadStatus status = currentStatus(photo);
        if (discardAfterStatus.remove(photo.sha256())) {
            photoBytes.remove(photo.sha256());
        }
        return status;
    }

    private PhotoUploadStatus currentStatus(QueuedPhoto photo) {
        ByteArrayOutputStream held = photoBytes.get(photo.sha256());
        if (completePhotos.contains(photo.sha256())) {
            return new PhotoUploadStatus(photo.sha256(), photo.sizeBytes(), photo.sizeBytes(), true);
        }
        return new PhotoUploadStatus(photo.sha256(), photo.sizeBytes(), held == null ? 0 : held.size(), false);
    }

    /** Follows protocol 9.1: beyond the held bytes is refused, overlap is skipped, the hash is checked. */
    PhotoUploadStatus upload(QueuedPhoto photo, long offset, byte[] chunk) throws TransportException {
        if (completePhotos.contains(photo.sha256())) {
            return currentStatus(photo);
        }
        ByteArrayOutputStream held = photoBytes.computeIfAbsent(photo.sha256(), sha -> new ByteArrayOutputStream());
        if (offset > held.size()) {
            throw error(409, ErrorCode.UPLOAD_OFFSET_MISMATCH);
        }
        int skip = (int) (held.size() - offset);
        if (skip < chunk.length) {
            held.write(chunk, skip, chunk.length - skip);
        }
        if (held.size() == photo.sizeBytes()) {
            photoBytes.remove(photo.sha256());
            if (!Sha256.of(held.toByteArray()).equals(photo.sha256())) {
                throw error(400, ErrorCode.PHOTO_HASH_MISMATCH);
            }
            completePhotos.add(photo.sha256());
        }
        return currentStatus(photo);
    }

    /** Bytes of an unfinished upload the server holds, as if a chunk had arrived before. */
    void holdPartly(QueuedPhoto photo, byte[] firstBytes) {
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        held.write(firstBytes, 0, firstBytes.length);
        photoBytes.put(photo.sha256(), held);
    }

    /**
     * The partial upload expires (24 hours without a chunk) right after the next status answer,
     * so the chunk that follows starts beyond what the server holds.
     */
    void discardPartialAfterStatus(String sha256) {
        discardAfterStatus.add(sha256);
    }

    static TransportException error(int status, ErrorCode code) {
        return TransportException.http(status, ErrorBody.of(code, "req-test"), null);
    }
}
