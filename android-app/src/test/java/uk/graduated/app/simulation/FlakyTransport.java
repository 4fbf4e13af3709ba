package uk.graduated.app.simulation;

import uk.graduated.app.sync.engine.QueuedPhoto;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.sync.engine.SyncTransport;
import uk.graduated.app.sync.engine.TransportException;
import uk.graduated.model.sync.PhotoUploadStatus;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/**
 * The engine's transport for one tablet: the app's real HTTP transport to the real server, with
 * {@link Faults} in between, and the simulation watching every answer that reaches the engine.
 */
final class FlakyTransport implements SyncTransport {
    /** Sees what the server sent before the engine does. */
    interface Observer {
        /** A push answer that reaches the engine. */
        void answered(PushRequest request, PushResponse reply);

        /** Every pull page the server sent, whether or not its reply is then lost. */
        void sent(SyncScope scope, PullResponse page);

        /** A pull page that reaches the engine, just before it applies it. */
        void delivered(SyncScope scope, PullResponse page);
    }

    private final SyncTransport server;
    private final Faults faults;
    private final Observer observer;

    FlakyTransport(SyncTransport server, Faults faults, Observer observer) {
        this.server = server;
        this.faults = faults;
        this.observer = observer;
    }

    @Override
    public PushResponse push(SyncScope scope, PushRequest request) throws TransportException {
        faults.beforeSending();
        PushResponse reply = server.push(scope, request);
        faults.maybeDuplicate(server, scope, request, reply);
        faults.afterServerAnswered();
        observer.answered(request, reply);
        return reply;
    }

    @Override
    public PullResponse pull(SyncScope scope, PullRequest request) throws TransportException {
        faults.beforeSending();
        PullResponse page = server.pull(scope, request);
        observer.sent(scope, page);
        faults.afterServerAnswered();
        observer.delivered(scope, page);
        return page;
    }

    @Override
    public PhotoUploadStatus photoStatus(SyncScope scope, QueuedPhoto photo) throws TransportException {
        return server.photoStatus(scope, photo);
    }

    @Override
    public PhotoUploadStatus uploadPhoto(SyncScope scope, QueuedPhoto photo, long offset, byte[] chunk)
            throws TransportException {
        return server.uploadPhoto(scope, photo, offset, chunk);
    }
}
