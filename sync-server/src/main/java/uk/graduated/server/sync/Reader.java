package uk.graduated.server.sync;

import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.server.auth.Principal;

/** The data access a pull needs, all on one handle and so in one snapshot. */
record Reader(Handle handle, Principal principal, LocalDate today) {
    UUID schoolId() {
        return principal.schoolId();
    }

    ChangeLog changeLog() {
        return new ChangeLog(handle, schoolId());
    }

    RecordLoader loader() {
        return new RecordLoader(handle, schoolId());
    }

    DeviceScopes deviceScopes() {
        return new DeviceScopes(handle, schoolId());
    }

    /**
     * The highest version whose tombstone may have been purged: a cursor below it may have missed
     * a deletion. 0 when nothing was purged.
     */
    long tombstonesPurgedThrough() {
        return handle.createQuery("""
                        select tombstones_purged_before_version - 1 from school_sync_state where school_id = :school""")
                .bind("school", schoolId())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }
}
