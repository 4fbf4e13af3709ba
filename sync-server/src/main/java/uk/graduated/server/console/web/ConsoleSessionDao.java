package uk.graduated.server.console.web;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.server.auth.Timestamps;

/**
 * What the console reads of a session beyond what the token check gives: when it was last used (for
 * the idle timeout) and the names the pages show. Ending a console session is the sign-out of
 * {@code SessionStore.end}, which is not public; the statement is the same.
 */
final class ConsoleSessionDao {
    /** A session row: its kind, when it was last used and whether it has ended. */
    record SessionState(String kind, Instant lastSeenAt, Instant endedAt) {
        boolean isConsole() {
            return "console".equals(kind);
        }
    }

    record Names(String staffName, String schoolName) {
    }

    private final Handle handle;

    ConsoleSessionDao(Handle handle) {
        this.handle = handle;
    }

    Optional<SessionState> state(byte[] tokenHash) {
        return handle.createQuery("select kind, last_seen_at, ended_at from staff_session where token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new SessionState(rs.getString("kind"), Timestamps.instant(rs, "last_seen_at"),
                        Timestamps.instant(rs, "ended_at")))
                .findOne();
    }

    void end(byte[] tokenHash, Instant now) {
        handle.createUpdate("""
                        update staff_session set ended_at = :now
                        where token_hash = :hash and kind = 'console' and ended_at is null""")
                .bind("now", Timestamps.of(now))
                .bind("hash", tokenHash)
                .execute();
    }

    Names names(UUID schoolId, UUID staffId) {
        return handle.createQuery("""
                        select st.display_name, sc.name as school_name
                        from staff st join school sc on sc.id = st.school_id
                        where st.school_id = :school and st.id = :staff""")
                .bind("school", schoolId)
                .bind("staff", staffId)
                .map((rs, ctx) -> new Names(rs.getString("display_name"), rs.getString("school_name")))
                .one();
    }
}
