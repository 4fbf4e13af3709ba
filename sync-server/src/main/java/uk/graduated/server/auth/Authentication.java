package uk.graduated.server.auth;

import java.util.Objects;

/**
 * What a bearer token proved: the caller, and for a staff session the SHA-256 of its token, so the
 * session can be ended (sign-out) without the token itself being kept anywhere.
 */
public final class Authentication {
    private final Principal principal;
    private final byte[] sessionTokenHash;

    private Authentication(Principal principal, byte[] sessionTokenHash) {
        this.principal = Objects.requireNonNull(principal, "principal");
        this.sessionTokenHash = sessionTokenHash;
    }

    static Authentication ofDevice(Principal principal) {
        return new Authentication(principal, null);
    }

    static Authentication ofSession(Principal principal, byte[] sessionTokenHash) {
        return new Authentication(principal, sessionTokenHash.clone());
    }

    public Principal principal() {
        return principal;
    }

    public boolean isSession() {
        return sessionTokenHash != null;
    }

    /** The hash of the session token; null for a device token. */
    byte[] sessionTokenHash() {
        return sessionTokenHash == null ? null : sessionTokenHash.clone();
    }

    @Override
    public String toString() {
        return "Authentication[principal=" + principal + ", session=" + isSession() + "]";
    }
}
