package uk.graduated.server.auth;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link Lockout} of addresses that have no account, kept in memory: wrong attempts with an
 * unknown address lock and answer exactly as they would for a real account, so the replies never
 * tell whether an address exists. Bounded like {@link RateLimiter}.
 */
final class UnknownAccountLockouts {
    private final Map<String, Lockout> lockouts;

    UnknownAccountLockouts(int maxKeys) {
        this.lockouts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Lockout> eldest) {
                return size() > maxKeys;
            }
        };
    }

    synchronized Lockout get(String email) {
        return lockouts.getOrDefault(key(email), Lockout.CLEAR);
    }

    synchronized void recordFailure(String email, Instant now) {
        lockouts.put(key(email), get(email).afterFailure(now));
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
