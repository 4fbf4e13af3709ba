package uk.graduated.model.sync;

import java.util.Optional;

/**
 * The codes of {@link ErrorBody}, each with the HTTP status it is sent with. A client decides what
 * to do from the code; one that meets a code it does not know acts on the status alone.
 */
public enum ErrorCode {
    /** The body is not one JSON object. */
    INVALID_JSON("invalid_json", 400, "The request body is not valid JSON."),
    /** One or more fields are invalid; {@code errors} names each. */
    VALIDATION_FAILED("validation_failed", 400, "Some fields are invalid."),
    PROTOCOL_VERSION_REQUIRED("protocol_version_required", 400,
            "Send the header " + ProtocolVersion.HEADER + " with the protocol version."),
    /** The client speaks a newer protocol than this server; it must wait for the server to be updated. */
    PROTOCOL_VERSION_UNSUPPORTED("protocol_version_unsupported", 400,
            "The server does not support this protocol version yet."),
    /** A photo's bytes do not hash to the SHA-256 in its address; the upload is discarded. */
    PHOTO_HASH_MISMATCH("photo_hash_mismatch", 400, "The photo's content does not match its SHA-256."),
    /** No token, or a token the server does not know. */
    UNAUTHENTICATED("unauthenticated", 401, "Sign in again."),
    /** The staff session has ended; the person signs in with their PIN again. */
    SESSION_EXPIRED("session_expired", 401, "The session has expired. Sign in with your PIN."),
    /** Unknown, used or expired enrolment code; which of them is not said. */
    ENROLMENT_CODE_INVALID("enrolment_code_invalid", 401, "The enrolment code is not valid."),
    PIN_INVALID("pin_invalid", 401, "The PIN is not correct."),
    /** The token is valid but may not do this: a device token on a staff endpoint, or a role without the right. */
    FORBIDDEN("forbidden", 403, "You may not do this."),
    /** The device is barred for now; {@code device} says so. */
    DEVICE_SUSPENDED("device_suspended", 403, "This tablet has been suspended by the school."),
    /** The device is removed for good; {@code device} tells it to wipe. */
    DEVICE_REVOKED("device_revoked", 403, "This tablet has been removed from the school."),
    NOT_FOUND("not_found", 404, "Not found."),
    METHOD_NOT_ALLOWED("method_not_allowed", 405, "This method is not allowed here."),
    /** A photo chunk starts after the bytes the server holds; ask for the status and resume from it. */
    UPLOAD_OFFSET_MISMATCH("upload_offset_mismatch", 409, "The upload must continue from the server's offset."),
    PAYLOAD_TOO_LARGE("payload_too_large", 413, "The request is too large."),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415, "This content type is not accepted here."),
    /** The app's protocol is too old: the person must update the app. */
    UPGRADE_REQUIRED("upgrade_required", 426, "Update the Graduated app to keep syncing."),
    /** Too many requests, or too many wrong PINs; wait for {@code Retry-After} seconds. */
    RATE_LIMITED("rate_limited", 429, "Too many attempts. Try again later."),
    INTERNAL_ERROR("internal_error", 500, "Something went wrong on the server."),
    /** The server is down for maintenance or overloaded; retry after {@code Retry-After} seconds. */
    UNAVAILABLE("unavailable", 503, "The server is unavailable. Try again later.");

    private final String code;
    private final int httpStatus;
    private final String defaultMessage;

    ErrorCode(String code, int httpStatus, String defaultMessage) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** A sentence a person can read when the server has nothing more specific to say. */
    public String defaultMessage() {
        return defaultMessage;
    }

    public static Optional<ErrorCode> fromCode(String code) {
        return Codes.find(values(), ErrorCode::code, code);
    }
}
