package uk.graduated.app.feature.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import uk.graduated.app.data.device.OfflinePins;
import uk.graduated.model.sync.SessionResponse;

/**
 * What happens when a person types their PIN, in plain Java: the server is asked first; when it
 * cannot be reached, a person who signed in online on this tablet before is checked against the
 * hash kept from then and works offline (their changes wait for their next online sign-in).
 */
public final class SignInFlow {
    static final String WRONG_PIN = "That PIN is not right. Check it and try again.";
    static final String NEEDS_CONNECTION = "This tablet cannot reach the school's server, and you have not signed in"
            + " on it before. Connect to Wi-Fi for your first sign-in; after that you can sign in offline.";
    static final String SUSPENDED = "This tablet has been suspended by the school, so nobody can sign in on it for now."
            + " Your saved work stays on it. Ask your SENCO or school admin.";

    /** The server's side of PIN sign-in. */
    public interface Server {
        Answer signIn(UUID staffId, String pin);
    }

    /** The PIN hashes kept on the tablet ({@link uk.graduated.app.data.device.OfflinePins}). */
    public interface LocalPins {
        void remember(UUID staffId, String pin);

        boolean isRemembered(UUID staffId, String pin);

        void forget(UUID staffId);

        /** Checks offline, counting wrong tries. */
        OfflinePins.Check check(UUID staffId, String pin);
    }

    /** Where an online session's token is kept ({@link uk.graduated.app.data.device.DeviceCredentials#saveSession}). */
    public interface Sessions {
        void save(UUID staffId, String token, Instant expiresAt);
    }

    /** What the server answered. */
    public record Answer(int status, SessionResponse session, String code, String message, Duration retryAfter) {
        static Answer signedIn(SessionResponse session) {
            return new Answer(200, session, null, null, null);
        }

        static Answer refused(int status, String code, String message, Duration retryAfter) {
            return new Answer(status, null, code, message, retryAfter);
        }

        /** No answer at all: offline, a timeout, or a reply outside the protocol. */
        static Answer unreachable() {
            return new Answer(0, null, null, null, null);
        }

        boolean reachedServer() {
            return status != 0 && status != 500 && status != 502 && status != 503 && status != 504;
        }
    }

    /** The outcome for the screen. */
    public record Outcome(Kind kind, SessionResponse session, String message) {
        public enum Kind {
            /** The server accepted the PIN: work, and sync. */
            ONLINE,
            /** The server could not be reached; the PIN matched the hash kept from an earlier sign-in. */
            OFFLINE,
            /** Not signed in; {@code message} says why and what to do. */
            REFUSED,
            /** The school revoked this tablet: erase it. */
            WIPE_REVOKED,
            /** The server no longer knows this tablet: erase it; it must be enrolled again. */
            WIPE_UNKNOWN_DEVICE
        }

        static Outcome refused(String message) {
            return new Outcome(Kind.REFUSED, null, message);
        }
    }

    private final Server server;
    private final LocalPins pins;
    private final Sessions sessions;

    public SignInFlow(Server server, LocalPins pins, Sessions sessions) {
        this.server = server;
        this.pins = pins;
        this.sessions = sessions;
    }

    public Outcome signIn(UUID staffId, String pin) {
        Answer answer = server.signIn(staffId, pin);
        if (answer.session() != null) {
            sessions.save(staffId, answer.session().token(), answer.session().expiresAt());
            pins.remember(staffId, pin);
            return new Outcome(Outcome.Kind.ONLINE, answer.session(), null);
        }
        if (!answer.reachedServer()) {
            return offline(staffId, pin);
        }
        String code = answer.code() == null ? "" : answer.code();
        switch (code) {
            case "pin_invalid":
                // The server no longer takes a PIN the tablet remembers (it was changed): stop taking it offline too.
                if (pins.isRemembered(staffId, pin)) {
                    pins.forget(staffId);
                }
                return Outcome.refused(WRONG_PIN);
            case "rate_limited":
                return Outcome.refused(tooManyTries(answer.retryAfter()));
            case "device_suspended":
                return Outcome.refused(SUSPENDED);
            case "device_revoked":
                return new Outcome(Outcome.Kind.WIPE_REVOKED, null, answer.message());
            case "unauthenticated":
                return new Outcome(Outcome.Kind.WIPE_UNKNOWN_DEVICE, null, answer.message());
            default:
                return Outcome.refused(answer.message() != null ? answer.message()
                        : "The server could not sign you in (HTTP " + answer.status() + "). Try again in a minute.");
        }
    }

    private Outcome offline(UUID staffId, String pin) {
        switch (pins.check(staffId, pin)) {
            case MATCH:
                return new Outcome(Outcome.Kind.OFFLINE, null, null);
            case WRONG:
                return Outcome.refused(WRONG_PIN);
            case LOCKED:
                return Outcome.refused(tooManyTries(null));
            default:
                return Outcome.refused(NEEDS_CONNECTION);
        }
    }

    static String tooManyTries(Duration retryAfter) {
        long minutes = retryAfter == null ? 15 : Math.max(1, (retryAfter.getSeconds() + 59) / 60);
        return String.format(Locale.UK, "Too many wrong PINs. Wait %d minute%s, then try again, or ask your SENCO to reset"
                + " your PIN.", minutes, minutes == 1 ? "" : "s");
    }
}
