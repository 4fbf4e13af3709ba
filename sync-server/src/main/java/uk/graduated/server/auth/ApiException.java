package uk.graduated.server.auth;

import java.time.Duration;
import uk.graduated.model.sync.DeviceStatus;
import uk.graduated.model.sync.ErrorCode;

/**
 * A refusal that leaves as the protocol's error body with the status of its {@link ErrorCode}:
 * 401, 403, 404 or 429 from authentication and access checks. Handlers throw it; {@link ApiErrors}
 * writes it.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final transient Duration retryAfter;
    private final transient DeviceStatus device;

    private ApiException(ErrorCode code, String message, String field, Duration retryAfter, DeviceStatus device) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.retryAfter = retryAfter;
        this.device = device;
    }

    public static ApiException of(ErrorCode code, String message) {
        return new ApiException(code, message, null, null, null);
    }

    /** An error about one field of the request, e.g. the enrolment code. */
    public static ApiException ofField(ErrorCode code, String field, String message) {
        return new ApiException(code, message, field, null, null);
    }

    public static ApiException unauthenticated() {
        return of(ErrorCode.UNAUTHENTICATED, "Sign in again: this request has no valid token.");
    }

    public static ApiException sessionExpired() {
        return of(ErrorCode.SESSION_EXPIRED, "The session has ended: sign in again.");
    }

    public static ApiException forbidden(String message) {
        return of(ErrorCode.FORBIDDEN, message);
    }

    /** Also for ids of another school: their existence is never revealed. */
    public static ApiException notFound() {
        return of(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.defaultMessage());
    }

    public static ApiException rateLimited(Duration retryAfter) {
        return new ApiException(ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.defaultMessage(), null, retryAfter, null);
    }

    /** 503 {@code unavailable}: the server is busy; the tablet tries again after {@code retryAfter}. */
    public static ApiException busy(Duration retryAfter) {
        return new ApiException(ErrorCode.UNAVAILABLE, "The server is busy with other tablets. Sync tries again shortly.",
                null, retryAfter, null);
    }

    /** {@code device_revoked} (or {@code device_suspended}) carrying the status that tells the app to wipe. */
    public static ApiException deviceBarred(DeviceStatus device) {
        ErrorCode code = switch (device.state()) {
            case REVOKED -> ErrorCode.DEVICE_REVOKED;
            case SUSPENDED -> ErrorCode.DEVICE_SUSPENDED;
            case ACTIVE -> throw new IllegalArgumentException("an active device is not barred");
        };
        return new ApiException(code, code.defaultMessage(), null, null, device);
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** Whole seconds to wait, at least 1, for the Retry-After header; null when not rate limited or busy. */
    public Long retryAfterSeconds() {
        if (retryAfter == null) {
            return null;
        }
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    public DeviceStatus device() {
        return device;
    }
}
