package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.graduated.model.sync.ErrorCode;

class RateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(10), 100, clock);

    @Test
    void take_pastCapacity_isRefusedWith429AndTheWaitForTheNextToken() {
        limiter.take("10.0.0.7");
        limiter.take("10.0.0.7");
        limiter.take("10.0.0.7");
        clock.advance(Duration.ofSeconds(4));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> limiter.take("10.0.0.7"));

        assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refused.retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void take_afterTheRefillInterval_isAllowedAgain() {
        for (int i = 0; i < 3; i++) {
            limiter.take("10.0.0.7");
        }
        clock.advance(Duration.ofSeconds(10));

        assertThatCode(() -> limiter.take("10.0.0.7")).doesNotThrowAnyException();
    }

    @Test
    void take_countsEachKeyApart() {
        for (int i = 0; i < 3; i++) {
            limiter.take("10.0.0.7");
        }

        assertThatCode(() -> limiter.take("10.0.0.8")).doesNotThrowAnyException();
    }

    @Test
    void check_refusesOnlyOnceFailuresHaveBeenSpent() {
        limiter.check("10.0.0.7");
        limiter.spend("10.0.0.7");
        limiter.spend("10.0.0.7");
        limiter.check("10.0.0.7");
        limiter.spend("10.0.0.7");

        assertThat(catchThrowableOfType(ApiException.class, () -> limiter.check("10.0.0.7")).code())
                .isEqualTo(ErrorCode.RATE_LIMITED);
    }

    @Test
    void keys_beyondTheLimit_forgetTheLeastRecentlyUsed() {
        RateLimiter small = new RateLimiter(1, Duration.ofHours(1), 2, clock);
        small.take("a");
        small.take("b");
        small.take("c");

        assertThatCode(() -> small.take("a")).doesNotThrowAnyException();
    }
}
