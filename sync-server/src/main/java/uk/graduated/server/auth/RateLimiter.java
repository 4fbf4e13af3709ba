package uk.graduated.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-memory token buckets, one per key (an address, an e-mail, a device): each holds up to
 * {@code capacity} tokens and regains one every {@code refillEvery}. Memory stays bounded: past
 * {@code maxKeys} the least recently used key is forgotten, which only ever gives it a full bucket
 * back. The persisted lockouts on the staff row are the part that survives a restart.
 */
public final class RateLimiter {
    private final int capacity;
    private final Duration refillEvery;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public RateLimiter(int capacity, Duration refillEvery, int maxKeys, Clock clock) {
        if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("capacity, refill interval and key limit must be positive");
        }
        this.capacity = capacity;
        this.refillEvery = refillEvery;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes a token for {@code key}; throws 429 with the wait until the next one when there is none. */
    public synchronized void take(String key) {
        Duration wait = waitFor(key);
        if (!wait.isZero()) {
            throw ApiException.rateLimited(wait);
        }
        bucket(key).tokens -= 1;
    }

    /** Throws 429 when {@code key} has no token left, without taking one: for limits that count failures only. */
    public synchronized void check(String key) {
        Duration wait = waitFor(key);
        if (!wait.isZero()) {
            throw ApiException.rateLimited(wait);
        }
    }

    /** Takes a token if there is one: records a failure that {@link #check} will count. */
    public synchronized void spend(String key) {
        Bucket bucket = bucket(key);
        bucket.tokens = Math.max(0, bucket.tokens - 1);
    }

    private Duration waitFor(String key) {
        Bucket bucket = bucket(key);
        if (bucket.tokens >= 1) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), bucket.refilledAt.plus(refillEvery));
    }

    /** The key's bucket, topped up for the time that has passed since it was last refilled. */
    private Bucket bucket(String key) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        long periods = Duration.between(bucket.refilledAt, now).toNanos() / refillEvery.toNanos();
        if (periods > 0) {
            bucket.tokens = (int) Math.min(capacity, bucket.tokens + periods);
            bucket.refilledAt = bucket.tokens == capacity
                    ? now : bucket.refilledAt.plus(refillEvery.multipliedBy(periods));
        }
        return bucket;
    }

    private static final class Bucket {
        int tokens;
        Instant refilledAt;

        Bucket(int tokens, Instant refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }
}
