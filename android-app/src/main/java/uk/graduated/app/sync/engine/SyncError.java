package uk.graduated.app.sync.engine;

import java.time.Duration;

/**
 * Why a sync round stopped, in the terms the app acts on.
 *
 * @param kind       what to do about it
 * @param message    a sentence for the person, from the server when it gave one
 * @param code       the server's error code, or null
 * @param requestId  the server's request id to quote when asking for help, or null
 * @param retryAfter the server's {@code Retry-After}, or null
 * @param wipe       true when the server told this revoked device to erase its data
 */
public record SyncError(Kind kind, String message, String code, String requestId, Duration retryAfter,
                        boolean wipe) {

    public static SyncError of(Kind kind, String message) {
        return new SyncError(kind, message, null, null, null, false);
    }

    /** Whether the round should be tried again by itself, after a backoff. */
    public boolean retryable() {
        return kind.retryable;
    }

    public enum Kind {
        /** No answer: offline, or the connection dropped. Everything local is kept. */
        NETWORK(true),
        /** 429, 500 or 503: the server is busy or failing; wait at least {@code Retry-After}. */
        SERVER_BUSY(true),
        /** The app speaks a newer protocol than the server: wait for the server to be updated. */
        SERVER_OUTDATED(true),
        /** The local database failed (for example, the disk is full). */
        LOCAL_STORE(true),
        /** The system asked the round to stop (the job lost its network); it resumes next time. */
        STOPPED(true),
        /** The person's session ended or is unknown: ask for their PIN. The outbox is kept. */
        NEEDS_SIGN_IN(false),
        /** The device token is unknown to the server: enrol again. */
        NEEDS_ENROLMENT(false),
        /** The school barred this tablet for now: sign everyone out, keep local data locked. */
        DEVICE_SUSPENDED(false),
        /** The school removed this tablet; {@code wipe} says whether to erase its data. */
        DEVICE_REVOKED(false),
        /** 426: the app must be updated. The outbox is kept and sent after the update. */
        UPGRADE_REQUIRED(false),
        /** The person's role may not do this. */
        FORBIDDEN(false),
        /** The server refused the request as malformed, or answered outside the protocol: a bug. */
        PROTOCOL(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }
    }
}
