package uk.graduated.server.demo;

import java.util.Random;
import java.util.UUID;

/** Random-looking version-4 UUIDs from a seed, so the same seed gives the same school. */
final class DemoIds {
    private final Random random;

    DemoIds(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    UUID next() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
