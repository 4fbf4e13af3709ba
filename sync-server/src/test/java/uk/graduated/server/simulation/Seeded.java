package uk.graduated.server.simulation;

import java.util.Random;
import java.util.UUID;

/** Ids drawn from the run's seeded random, so that a seed replays the same ids in the same order. */
public final class Seeded {
    private Seeded() {
    }

    /** A version 4 UUID made of the random's next 128 bits. */
    public static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
