package uk.graduated.app.sync.engine;

import java.time.Duration;
import java.util.Random;

/**
 * How long to wait before retrying after failed rounds: exponential, capped, with jitter so a
 * school's tablets that lost the network together do not all come back in the same second
 * (protocol section 10: from about 1 second up to 5 minutes, never sooner than {@code Retry-After}).
 */
public final class Backoff {
    public static final Duration DEFAULT_BASE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CAP = Duration.ofMinutes(5);

    private final long baseMillis;
    private final long capMillis;
    private final Random random;

    public Backoff(Random random) {
        this(DEFAULT_BASE, DEFAULT_CAP, random);
    }

    public Backoff(Duration base, Duration cap, Random random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, not " + base + " and " + cap);
        }
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.random = random;
    }

    /**
     * The wait after {@code failures} failed rounds in a row (1 for the first): a random point in
     * the upper half of {@code min(cap, base * 2^(failures - 1))}, and at least {@code retryAfter}.
     */
    public Duration delay(int failures, Duration retryAfter) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures counts from 1, not " + failures);
        }
        long ceiling = ceilingMillis(failures);
        long half = ceiling / 2;
        long jittered = ceiling - half + (long) (random.nextDouble() * (half + 1));
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }

    /** The largest wait for this many failures: doubles each time until the cap, without overflow. */
    long ceilingMillis(int failures) {
        int doublings = failures - 1;
        if (doublings >= 62 || baseMillis > (capMillis >> doublings)) {
            return capMillis;
        }
        return baseMillis << doublings;
    }
}
