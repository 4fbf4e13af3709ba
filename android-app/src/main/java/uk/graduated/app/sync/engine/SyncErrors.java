package uk.graduated.app.sync.engine;

import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;

/** Turns a failed request into what the app does about it (protocol section 10). */
public final class SyncErrors {
    private SyncErrors() {
    }

    public static SyncError classify(TransportException e, SyncScope scope) {
        if (e.isNoResponse()) {
            return SyncError.of(SyncError.Kind.NETWORK,
                    "Cannot reach the server. Changes are kept on this tablet and sent when it is back online.");
        }
        if (e.isUnreadable()) {
            return SyncError.of(SyncError.Kind.PROTOCOL, "The server's answer could not be read: " + e.getMessage());
        }
        ErrorBody body = e.error();
        SyncError.Kind kind = kindOf(e.status(), e.code(), scope);
        String message = body != null ? body.message() : defaultMessage(kind, e.status());
        boolean wipe = body != null && body.device() != null && body.device().wipe();
        return new SyncError(kind, message, e.code(), body == null ? null : body.requestId(), e.retryAfter(), wipe);
    }

    /** The code decides when there is one the app knows; otherwise the HTTP status alone. */
    private static SyncError.Kind kindOf(int status, String code, SyncScope scope) {
        if (ErrorCode.DEVICE_REVOKED.code().equals(code)) {
            return SyncError.Kind.DEVICE_REVOKED;
        }
        if (ErrorCode.DEVICE_SUSPENDED.code().equals(code)) {
            return SyncError.Kind.DEVICE_SUSPENDED;
        }
        if (ErrorCode.PROTOCOL_VERSION_UNSUPPORTED.code().equals(code)) {
            return SyncError.Kind.SERVER_OUTDATED;
        }
        if (status == 426 || ErrorCode.UPGRADE_REQUIRED.code().equals(code)) {
            return SyncError.Kind.UPGRADE_REQUIRED;
        }
        if (status == 401) {
            return scope.isDevice() ? SyncError.Kind.NEEDS_ENROLMENT : SyncError.Kind.NEEDS_SIGN_IN;
        }
        if (status == 403) {
            return SyncError.Kind.FORBIDDEN;
        }
        if (status == 429 || status >= 500) {
            return SyncError.Kind.SERVER_BUSY;
        }
        return SyncError.Kind.PROTOCOL;
    }

    private static String defaultMessage(SyncError.Kind kind, int status) {
        switch (kind) {
            case DEVICE_REVOKED:
                return ErrorCode.DEVICE_REVOKED.defaultMessage();
            case DEVICE_SUSPENDED:
                return ErrorCode.DEVICE_SUSPENDED.defaultMessage();
            case SERVER_OUTDATED:
                return ErrorCode.PROTOCOL_VERSION_UNSUPPORTED.defaultMessage();
            case UPGRADE_REQUIRED:
                return ErrorCode.UPGRADE_REQUIRED.defaultMessage();
            case NEEDS_ENROLMENT:
                return "The server does not know this tablet any more. Enrol it again.";
            case NEEDS_SIGN_IN:
                return ErrorCode.SESSION_EXPIRED.defaultMessage();
            case FORBIDDEN:
                return ErrorCode.FORBIDDEN.defaultMessage();
            case SERVER_BUSY:
                return "The server is busy (HTTP " + status + "). Sync will try again shortly.";
            default:
                return "The server refused the request (HTTP " + status + ").";
        }
    }
}
