package uk.graduated.server.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule for passwords and PINs: after {@value #MAX_FAILURES} wrong attempts in a row the
 * account refuses further attempts for 15 minutes, whatever is typed. A success clears the count.
 * Kept on the staff row ({@code failed_sign_ins}/{@code locked_until}, {@code failed_pins}/
 * {@code pin_locked_until}), so a restart does not reset it.
 *
 * @param failures    wrong attempts since the last success or the last lock
 * @param lockedUntil when the current lock ends, or null when not locked
 */
public record Lockout(int failures, Instant lockedUntil) {
    public static final int MAX_FAILURES = 5;
    public static final Duration DURATION = Duration.ofMinutes(15);
    public static final Lockout CLEAR = new Lockout(0, null);

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long until the lock ends; zero when not locked. */
    public Duration remaining(Instant now) {
        return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** The state after one more wrong attempt: the fifth locks the account and starts counting again. */
    public Lockout afterFailure(Instant now) {
        int count = isLocked(now) ? failures : failures + 1;
        if (count >= MAX_FAILURES) {
            return new Lockout(0, now.plus(DURATION));
        }
        return new Lockout(count, isLocked(now) ? lockedUntil : null);
    }
}
