package uk.graduated.server.console.pupil;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Names of a school's pupils by id, in one query, for pages that list records about several. */
public final class PupilNames {
    private final Handle handle;
    private final UUID schoolId;

    public PupilNames(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    /** The pupils among {@code ids} that exist at this school and are not deleted. */
    public Map<UUID, PupilRef> of(Collection<UUID> ids) {
        Map<UUID, PupilRef> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        handle.createQuery("""
                        select id, legal_first_name, legal_last_name, preferred_name from pupil
                        where school_id = :school and id = any(:ids) and not deleted""")
                .bind("school", schoolId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map((rs, ctx) -> PupilRef.of(rs.getObject("id", UUID.class), rs.getString("legal_first_name"),
                        rs.getString("legal_last_name"), rs.getString("preferred_name")))
                .forEach(ref -> names.put(ref.id(), ref));
        return names;
    }
}
