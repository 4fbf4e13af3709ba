package uk.graduated.app.sync.engine;

import uk.graduated.model.sync.PhotoUploadStatus;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/**
 * The server, as the engine sees it. The scope tells the transport which token to send. Every
 * failure, from a dropped connection to an error body, is a {@link TransportException}.
 */
public interface SyncTransport {
    PushResponse push(SyncScope scope, PushRequest request) throws TransportException;

    PullResponse pull(SyncScope scope, PullRequest request) throws TransportException;

    /** How much of the photo the server holds (an empty {@code PUT} with {@code bytes *}/total). */
    PhotoUploadStatus photoStatus(SyncScope scope, QueuedPhoto photo) throws TransportException;

    /** Sends {@code chunk} as the photo's bytes from {@code offset}. */
    PhotoUploadStatus uploadPhoto(SyncScope scope, QueuedPhoto photo, long offset, byte[] chunk)
            throws TransportException;
}
