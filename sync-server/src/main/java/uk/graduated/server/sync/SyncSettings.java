package uk.graduated.server.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunable facts of sync.
 *
 * @param tombstoneRetention how long a deletion stays in the change log; a tablet that has not
 *                           pulled for longer must resync
 * @param purgeInterval      how often old tombstones are purged
 */
public record SyncSettings(Duration tombstoneRetention, Duration purgeInterval) {
    public static final SyncSettings DEFAULTS = new SyncSettings(Duration.ofDays(90), Duration.ofHours(6));

    public SyncSettings {
        Objects.requireNonNull(tombstoneRetention, "tombstoneRetention");
        Objects.requireNonNull(purgeInterval, "purgeInterval");
        if (purgeInterval.toMinutes() < 1) {
            throw new IllegalArgumentException("purgeInterval must be at least a minute");
        }
    }
}
