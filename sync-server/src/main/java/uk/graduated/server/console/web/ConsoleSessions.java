package uk.graduated.server.console.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Authentication;
import uk.graduated.server.auth.Authenticator;
import uk.graduated.server.auth.PasswordSignIn;
import uk.graduated.server.auth.PasswordSignInRequest;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Tokens;

/**
 * Console sessions on top of the staff sessions of {@code auth}: password sign-in opens one (its
 * token goes into the session cookie), every request checks it with the {@link Authenticator} like a
 * bearer token, and a session left unused for {@link #IDLE_LIMIT} is ended at the next request.
 */
public final class ConsoleSessions {
    /** A laptop left open in a staff room should not show SEN records for long. */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(ConsoleSessions.class);

    /** Why there is no signed-in user on a request. */
    public enum SignedOut {
        /** No session cookie: never signed in, or signed out. */
        NONE,
        /** Ended here after {@link #IDLE_LIMIT} without a request. */
        IDLE,
        /** Expired, ended elsewhere (sign-out, deactivation) or unknown. */
        ENDED
    }

    /** A request's user, or why there is none. */
    public record Resolved(ConsoleUser user, SignedOut signedOut) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Authenticator authenticator;
    private final PasswordSignIn passwordSignIn;

    public ConsoleSessions(Jdbi jdbi, Clock clock, Authenticator authenticator, PasswordSignIn passwordSignIn) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.authenticator = authenticator;
        this.passwordSignIn = passwordSignIn;
    }

    /**
     * Signs in with email and password; the rate limits and lockout of {@link PasswordSignIn} apply.
     *
     * @return the new session token, for the cookie
     * @throws ApiException 401 for a wrong address or password, 429 while locked or rate limited
     */
    public SessionResponse signIn(String email, String password, String clientAddress) {
        return passwordSignIn.signIn(new PasswordSignInRequest(email, password, null), clientAddress);
    }

    /** The user of the session token in the cookie, or why there is none. */
    public Resolved resolve(String token) {
        if (token == null) {
            return new Resolved(null, SignedOut.NONE);
        }
        byte[] hash = Tokens.sha256(token);
        Instant now = clock.instant();
        Optional<ConsoleSessionDao.SessionState> state = jdbi.withHandle(h -> new ConsoleSessionDao(h).state(hash));
        if (state.isEmpty() || !state.get().isConsole()) {
            return new Resolved(null, SignedOut.ENDED);
        }
        if (state.get().endedAt() == null && !state.get().lastSeenAt().plus(IDLE_LIMIT).isAfter(now)) {
            jdbi.useHandle(h -> new ConsoleSessionDao(h).end(hash, now));
            log.info("Console session ended after {} minutes idle", IDLE_LIMIT.toMinutes());
            return new Resolved(null, SignedOut.IDLE);
        }
        Authentication authentication;
        try {
            authentication = authenticator.authenticate("Bearer " + token);
        } catch (ApiException e) {
            return new Resolved(null, SignedOut.ENDED);
        }
        Principal principal = authentication.principal();
        ConsoleSessionDao.Names names = jdbi.withHandle(h ->
                new ConsoleSessionDao(h).names(principal.schoolId(), principal.staffId()));
        return new Resolved(new ConsoleUser(principal, names.staffName(), names.schoolName(), Csrf.tokenFor(token)),
                null);
    }

    /** Sign-out; ending an ended or unknown session changes nothing. */
    public void end(String token) {
        if (token != null) {
            jdbi.useHandle(h -> new ConsoleSessionDao(h).end(Tokens.sha256(token), clock.instant()));
        }
    }
}
