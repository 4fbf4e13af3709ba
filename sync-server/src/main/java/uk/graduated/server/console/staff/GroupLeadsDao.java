package uk.graduated.server.console.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Which intervention groups each member of staff runs: the planned and running ones they lead. */
final class GroupLeadsDao {
    private record Lead(UUID staffId, String intervention) {
    }

    private final Handle handle;
    private final UUID schoolId;

    GroupLeadsDao(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    Map<UUID, List<String>> groupsByLead() {
        Map<UUID, List<String>> groups = new HashMap<>();
        handle.createQuery("""
                        select unnest(lead_staff_ids) as staff_id, name from intervention
                        where school_id = :school and not deleted and status <> 'ended'
                        order by name""")
                .bind("school", schoolId)
                .map((rs, ctx) -> new Lead(rs.getObject("staff_id", UUID.class), rs.getString("name")))
                .forEach(lead -> groups.computeIfAbsent(lead.staffId(), k -> new ArrayList<>()).add(lead.intervention()));
        return groups;
    }
}
