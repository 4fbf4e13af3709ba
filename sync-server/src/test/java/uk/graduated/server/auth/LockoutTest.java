package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void fourFailures_doNotLock() {
        Lockout lockout = Lockout.CLEAR;
        for (int i = 0; i < 4; i++) {
            lockout = lockout.afterFailure(NOW);
        }

        assertThat(lockout.isLocked(NOW)).isFalse();
        assertThat(lockout.failures()).isEqualTo(4);
    }

    @Test
    void fifthFailure_locksForFifteenMinutes_thenUnlocks() {
        Lockout lockout = Lockout.CLEAR;
        for (int i = 0; i < 5; i++) {
            lockout = lockout.afterFailure(NOW);
        }

        assertThat(lockout.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(lockout.remaining(NOW.plus(Duration.ofMinutes(10)))).isEqualTo(Duration.ofMinutes(5));
        assertThat(lockout.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failureWhileLocked_doesNotExtendTheLock() {
        Lockout locked = new Lockout(0, NOW.plus(Duration.ofMinutes(15)));

        assertThat(locked.afterFailure(NOW.plus(Duration.ofMinutes(1))).lockedUntil()).isEqualTo(locked.lockedUntil());
    }

    @Test
    void failureAfterTheLockEnded_startsCountingAgainFromOne() {
        Lockout expired = new Lockout(0, NOW);

        Lockout next = expired.afterFailure(NOW.plus(Duration.ofMinutes(1)));

        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedUntil()).isNull();
    }
}
