package uk.graduated.server.auth;

/** The {@code staff_session.kind} column: where a person signed in. */
public enum SessionKind {
    /** Email and password, in the web console or a script; bound to no device. */
    CONSOLE("console"),
    /** PIN on an enrolled tablet; bound to that tablet and ended when it is revoked. */
    DEVICE("device");

    private final String column;

    SessionKind(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
