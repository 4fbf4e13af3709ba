package uk.graduated.server.sync;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Which pupils have left the school: their records leave a tablet with reason {@code pupil_left}. */
final class LeftPupils {
    private LeftPupils() {
    }

    static Set<UUID> among(Handle handle, UUID schoolId, Set<UUID> pupils, LocalDate today) {
        if (pupils.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(handle.createQuery("""
                        select id from pupil where school_id = :school and id = any(:ids) and not deleted
                          and left_on <= :today""")
                .bind("school", schoolId)
                .bind("ids", pupils.toArray(UUID[]::new))
                .bind("today", today)
                .mapTo(UUID.class)
                .list());
    }
}
