package uk.graduated.server.console.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import uk.graduated.server.auth.Timestamps;

/** Appends to {@code access_log}; rows are never changed or removed here. */
final class AccessLogDao {
    private final Handle handle;

    AccessLogDao(Handle handle) {
        this.handle = handle;
    }

    void append(UUID schoolId, UUID staffId, Collection<UUID> pupilIds, AccessAction action, Instant at, String ip,
            String userAgent) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into access_log (school_id, staff_id, pupil_id, action, at, ip, user_agent)
                values (:school, :staff, :pupil, :action, :at, :ip, :agent)""");
        for (UUID pupil : pupilIds) {
            batch.bind("school", schoolId).bind("staff", staffId).bind("pupil", pupil).bind("action", action.code())
                    .bind("at", Timestamps.of(at)).bind("ip", ip).bind("agent", userAgent).add();
        }
        if (!pupilIds.isEmpty()) {
            batch.execute();
        }
    }
}
