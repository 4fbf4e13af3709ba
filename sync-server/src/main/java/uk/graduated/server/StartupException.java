package uk.graduated.server;

/**
 * A start-up failure the operator can fix, with a message complete enough to print as the only
 * line: no stack trace, no password.
 */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
