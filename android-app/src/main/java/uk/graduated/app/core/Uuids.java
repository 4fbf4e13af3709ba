package uk.graduated.app.core;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * Ids made on the tablet. Version 7 UUIDs (RFC 9562) start with the creation time in milliseconds,
 * so ids made later sort later and new rows land at the end of an index instead of all over it.
 */
public final class Uuids {
    private static final Random RANDOM = new SecureRandom();

    private Uuids() {
    }

    public static UUID v7(Clock clock) {
        return v7(clock.now().toEpochMilli(), RANDOM);
    }

    /**
     * Layout: 48 bits of Unix milliseconds, version 7, 12 random bits; variant 10, 62 random bits.
     */
    static UUID v7(long epochMillis, Random random) {
        if (epochMillis < 0 || epochMillis >= (1L << 48)) {
            throw new IllegalArgumentException("a UUIDv7 timestamp is 48 bits of Unix milliseconds: " + epochMillis);
        }
        long mostSignificant = (epochMillis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
