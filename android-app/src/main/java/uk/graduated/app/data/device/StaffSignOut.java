package uk.graduated.app.data.device;

import java.util.UUID;
import uk.graduated.app.data.outbox.OutboxDao;
import uk.graduated.app.sync.engine.SyncScope;

/**
 * Signing a person out of the tablet: the screen locks at once (the caller's part), and their
 * session ends at the server ({@code POST /api/v1/session/end}) and is forgotten here. Changes of
 * theirs still waiting keep the token until the next sync has sent them; then it ends the same way.
 * With no connection the token is forgotten anyway: the server lets the session expire by itself.
 */
public final class StaffSignOut {
    /** How the server took the end of a session. */
    public enum Ending {
        ENDED,
        /** The token no longer works there (expired, ended, tablet revoked): nothing left to end. */
        ALREADY_OVER,
        UNREACHABLE
    }

    /** The session end endpoint. */
    public interface Server {
        Ending end(String sessionToken);
    }

    private final DeviceCredentials credentials;
    private final OutboxDao outbox;
    private final Server server;

    public StaffSignOut(DeviceCredentials credentials, OutboxDao outbox, Server server) {
        this.credentials = credentials;
        this.outbox = outbox;
        this.server = server;
    }

    /**
     * Off the main thread, once the person has left the screen. Returns true when changes of theirs
     * still wait: the session then stays until a sync has sent them ({@link #finishWaiting}).
     */
    public boolean signOut(UUID staffId) {
        if (waiting(staffId)) {
            credentials.markSigningOut(staffId);
            return true;
        }
        end(staffId);
        return false;
    }

    /** After a sync round: ends the sessions of people who signed out once nothing of theirs waits. */
    public void finishWaiting() {
        for (UUID staffId : credentials.signingOut()) {
            if (!waiting(staffId)) {
                end(staffId);
            }
        }
    }

    private boolean waiting(UUID staffId) {
        return !outbox.pendingOf(staffId.toString(), 1).isEmpty();
    }

    private void end(UUID staffId) {
        String token = credentials.tokenFor(SyncScope.staff(staffId));
        if (token != null) {
            server.end(token);
        }
        credentials.endSession(staffId);
    }
}
