package uk.graduated.server.auth;

import uk.graduated.model.sync.SessionResponse;

/**
 * What a sign-in transaction decided. A refusal is returned, not thrown, so the transaction commits
 * the failure count it recorded; the service throws it afterwards.
 */
record SignInOutcome(SessionResponse session, RuntimeException refusal) {
    static SignInOutcome signedIn(SessionResponse session) {
        return new SignInOutcome(session, null);
    }

    static SignInOutcome refused(RuntimeException refusal) {
        return new SignInOutcome(null, refusal);
    }

    SessionResponse sessionOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return session;
    }
}
