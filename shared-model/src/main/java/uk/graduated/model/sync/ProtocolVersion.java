package uk.graduated.model.sync;

/**
 * The version of this protocol. Every API request sends it in the {@value #HEADER} header, so an
 * outdated app is told to update instead of writing data the server would misread.
 *
 * @param value a positive whole number; raised when a message changes in a way an older peer
 *              would misread
 */
public record ProtocolVersion(int value) {
    public static final String HEADER = "Graduated-Protocol";
    public static final ProtocolVersion CURRENT = new ProtocolVersion(1);
    /** The oldest version the server still accepts; older clients get 426 and must update. */
    public static final ProtocolVersion OLDEST_SUPPORTED = new ProtocolVersion(1);

    public ProtocolVersion {
        if (value < 1) {
            throw new IllegalArgumentException("a protocol version is a positive whole number, not " + value);
        }
    }

    /** What the server does with the {@value #HEADER} header of a request ({@code null} when absent). */
    public static Acceptance accept(String headerValue) {
        return accept(headerValue, OLDEST_SUPPORTED);
    }

    /** As {@link #accept(String)}, for a server that has stopped serving versions before {@code oldestSupported}. */
    public static Acceptance accept(String headerValue, ProtocolVersion oldestSupported) {
        if (headerValue == null || !headerValue.matches("[1-9][0-9]{0,8}")) {
            return Acceptance.MISSING_OR_MALFORMED;
        }
        int version = Integer.parseInt(headerValue);
        if (version < oldestSupported.value) {
            return Acceptance.CLIENT_TOO_OLD;
        }
        if (version > CURRENT.value) {
            return Acceptance.CLIENT_TOO_NEW;
        }
        return Acceptance.ACCEPTED;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }

    /** The outcome of checking the header, with the error a refused request gets. */
    public enum Acceptance {
        ACCEPTED(null),
        MISSING_OR_MALFORMED(ErrorCode.PROTOCOL_VERSION_REQUIRED),
        /** The app must be updated. */
        CLIENT_TOO_OLD(ErrorCode.UPGRADE_REQUIRED),
        /** The app is newer than the server; it must wait until the server is updated. */
        CLIENT_TOO_NEW(ErrorCode.PROTOCOL_VERSION_UNSUPPORTED);

        private final ErrorCode error;

        Acceptance(ErrorCode error) {
            this.error = error;
        }

        /** The error to answer with, or null when the request is accepted. */
        public ErrorCode error() {
            return error;
        }
    }
}
