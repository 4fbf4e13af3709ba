package uk.graduated.server.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes tombstones older than the retention from {@code change_log} and records, per school, the
 * highest version purged: a cursor older than that may have missed a deletion and gets
 * {@code cursor_expired}. The deleted rows stay in their tables (and in the history), so a late
 * edit of a purged record is still refused as deleted.
 */
public final class TombstonePurge {
    private static final Logger log = LoggerFactory.getLogger(TombstonePurge.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration retention;

    public TombstonePurge(Jdbi jdbi, Clock clock, Duration retention) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.retention = retention;
    }

    /** Purges every school once; returns how many tombstones were removed. */
    public int run() {
        OffsetDateTime cutoff = Instant.now(clock).minus(retention).atOffset(ZoneOffset.UTC);
        List<UUID> schools = jdbi.withHandle(handle -> handle.createQuery("""
                        select distinct school_id from change_log where deleted and changed_at < :cutoff""")
                .bind("cutoff", cutoff)
                .mapTo(UUID.class)
                .list());
        int purged = 0;
        for (UUID school : schools) {
            purged += jdbi.inTransaction(handle -> handle.createQuery("""
                            with purged as (
                                delete from change_log where school_id = :school and deleted and changed_at < :cutoff
                                returning version),
                            state as (
                                insert into school_sync_state (school_id, tombstones_purged_before_version, purged_at)
                                select :school, max(version) + 1, now() from purged having count(*) > 0
                                on conflict (school_id) do update set
                                    tombstones_purged_before_version = greatest(
                                        school_sync_state.tombstones_purged_before_version,
                                        excluded.tombstones_purged_before_version),
                                    purged_at = excluded.purged_at)
                            select count(*) from purged""")
                    .bind("school", school)
                    .bind("cutoff", cutoff)
                    .mapTo(Integer.class)
                    .one());
        }
        if (purged > 0) {
            log.info("Purged {} tombstone(s) older than {} days from {} school(s)", purged, retention.toDays(),
                    schools.size());
        }
        return purged;
    }
}
