package uk.graduated.server.sync;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The per-school version counter. Every writing transaction takes the next value first; the row
 * lock it takes is held until commit, so a school's writers run one after another and versions
 * become visible in the order they were taken: a pull that has seen version n has seen every
 * version below it (docs/architecture.md, "The school clock").
 */
public final class SchoolClock {
    private SchoolClock() {
    }

    /** The next version for the school, locking its clock until the transaction ends. */
    public static long next(Handle handle, UUID schoolId) {
        return handle.createQuery("update school_clock set version = version + 1 where school_id = :school returning version")
                .bind("school", schoolId)
                .mapTo(Long.class)
                .findOne()
                .orElseGet(() -> handle.createQuery("""
                                insert into school_clock (school_id, version) values (:school, 1)
                                on conflict (school_id) do update set version = school_clock.version + 1
                                returning version""")
                        .bind("school", schoolId)
                        .mapTo(Long.class)
                        .one());
    }

    /**
     * Locks the school's clock until the transaction ends, as {@link #next} does, without taking a
     * version yet: a push takes as many as it writes records and {@link #advance}s once.
     *
     * @return the latest version taken
     */
    static long lock(Handle handle, UUID schoolId) {
        return handle.createQuery("""
                        insert into school_clock (school_id, version) values (:school, 0)
                        on conflict (school_id) do update set version = school_clock.version
                        returning version""")
                .bind("school", schoolId)
                .mapTo(Long.class)
                .one();
    }

    /** Moves the clock, locked by {@link #lock} in this transaction, to {@code version}. */
    static void advance(Handle handle, UUID schoolId, long version) {
        handle.createUpdate("update school_clock set version = :version where school_id = :school")
                .bind("version", version)
                .bind("school", schoolId)
                .execute();
    }
}
