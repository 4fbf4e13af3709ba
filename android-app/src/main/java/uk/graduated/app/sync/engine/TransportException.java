package uk.graduated.app.sync.engine;

import java.io.IOException;
import java.time.Duration;
import uk.graduated.model.sync.ErrorBody;

/**
 * A request that did not end in the answer the protocol promises: no answer at all (the network),
 * an error status with the protocol's error body (or without one), or an answer the protocol does
 * not allow. Never carries a token.
 */
public final class TransportException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The status of a request that got no HTTP answer. */
    public static final int NO_RESPONSE = 0;

    private final int status;
    private final transient ErrorBody error;
    private final transient Duration retryAfter;
    private final boolean unreadable;

    private TransportException(String message, Throwable cause, int status, ErrorBody error, Duration retryAfter,
                               boolean unreadable) {
        super(message, cause);
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
        this.unreadable = unreadable;
    }

    /** The connection failed or was cut: the server may or may not have acted on the request. */
    public static TransportException network(IOException cause) {
        return new TransportException("no answer from the server: " + cause.getMessage(), cause, NO_RESPONSE, null,
                null, false);
    }

    /**
     * An error status.
     *
     * @param error      the protocol's error body, or null when the body was not one
     * @param retryAfter the {@code Retry-After} header, or null
     */
    public static TransportException http(int status, ErrorBody error, Duration retryAfter) {
        String what = error == null ? "no error body" : error.code() + ": " + error.message();
        return new TransportException("HTTP " + status + " (" + what + ")", null, status, error, retryAfter, false);
    }

    /** A successful status whose body is not the message the protocol promises. */
    public static TransportException unreadable(int status, String detail, Throwable cause) {
        return new TransportException("unreadable answer (HTTP " + status + "): " + detail, cause, status, null, null,
                true);
    }

    public int status() {
        return status;
    }

    /** The error body, or null. */
    public ErrorBody error() {
        return error;
    }

    /** The error body's code, or null. */
    public String code() {
        return error == null ? null : error.code();
    }

    /** How long the server asked the client to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isNoResponse() {
        return status == NO_RESPONSE && !unreadable;
    }

    public boolean isUnreadable() {
        return unreadable;
    }
}
