package uk.graduated.server.sync;

import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * {@code device_scope}: the pupils and interventions one person's scope on one tablet holds, by
 * generation. A cursor names its generation, so a tablet that pulls again with its previous cursor
 * (its page failed to apply) is compared with what it really holds.
 */
final class DeviceScopes {
    /** What the tablet held when the cursor naming this generation was issued. */
    record Held(long generation, Set<UUID> pupils, Set<UUID> interventions) {
    }

    private final Handle handle;
    private final UUID schoolId;

    DeviceScopes(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    /**
     * Stores a new generation and returns its number. The tablet may pull again from the cursor it
     * presented (its page failed to apply), and from the one before it: it asks for the next page
     * while it applies the current one, so the page whose cursor it presented may itself have been
     * pulled ahead of a page that then failed. Older generations are dropped; a first pull
     * ({@code presented} 0) drops nothing, as another page of the tablet may still name one.
     */
    long save(UUID deviceId, UUID staffId, Set<UUID> pupils, Set<UUID> interventions, long presented) {
        // Serialises saves of one person on one tablet, so two concurrent pulls cannot take one number.
        handle.createQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                .bind("key", deviceId + "|" + staffId)
                .mapTo(Integer.class)
                .one();
        long generation = handle.createQuery("""
                        insert into device_scope (school_id, device_id, staff_id, generation, pupil_ids, intervention_ids)
                        select :school, :device, :staff, coalesce(max(generation), 0) + 1, :pupils, :interventions
                        from device_scope where school_id = :school and device_id = :device and staff_id = :staff
                        returning generation""")
                .bind("school", schoolId)
                .bind("device", deviceId)
                .bind("staff", staffId)
                .bind("pupils", pupils.toArray(UUID[]::new))
                .bind("interventions", interventions.toArray(UUID[]::new))
                .mapTo(Long.class)
                .one();
        handle.createUpdate("""
                        delete from device_scope where school_id = :school and device_id = :device and staff_id = :staff
                          and generation < :presented - 1""")
                .bind("school", schoolId)
                .bind("device", deviceId)
                .bind("staff", staffId)
                .bind("presented", presented)
                .execute();
        return generation;
    }
}
