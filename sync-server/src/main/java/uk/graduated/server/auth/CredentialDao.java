package uk.graduated.server.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.school.Role;

/** The token lookups of {@link Authenticator}: by SHA-256 hash, never by the token itself. */
final class CredentialDao {
    record SessionRow(UUID schoolId, UUID staffId, UUID deviceId, Instant expiresAt, Instant endedAt,
            Instant lastSeenAt, Set<Role> roles, boolean staffActive, Instant deviceRevokedAt,
            Instant deviceLastSeenAt) {
    }

    record DeviceRow(UUID id, UUID schoolId, Instant revokedAt, Instant lastSeenAt) {
    }

    private final Handle handle;

    CredentialDao(Handle handle) {
        this.handle = handle;
    }

    Optional<SessionRow> session(byte[] tokenHash) {
        return handle.createQuery("""
                        select s.school_id, s.staff_id, s.device_id, s.expires_at, s.ended_at, s.last_seen_at,
                               st.roles, st.active, d.revoked_at as device_revoked_at,
                               d.last_seen_at as device_last_seen_at
                        from staff_session s
                        join staff st on st.id = s.staff_id and st.school_id = s.school_id
                        left join device d on d.id = s.device_id and d.school_id = s.school_id
                        where s.token_hash = :hash""")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new SessionRow(
                        rs.getObject("school_id", UUID.class),
                        rs.getObject("staff_id", UUID.class),
                        rs.getObject("device_id", UUID.class),
                        Timestamps.instant(rs, "expires_at"),
                        Timestamps.instant(rs, "ended_at"),
                        Timestamps.instant(rs, "last_seen_at"),
                        RoleCodes.fromColumn((String[]) rs.getArray("roles").getArray()),
                        rs.getBoolean("active"),
                        Timestamps.instant(rs, "device_revoked_at"),
                        Timestamps.instant(rs, "device_last_seen_at")))
                .findOne();
    }

    Optional<DeviceRow> device(byte[] tokenHash) {
        return handle.createQuery("select id, school_id, revoked_at, last_seen_at from device where token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new DeviceRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("school_id", UUID.class),
                        Timestamps.instant(rs, "revoked_at"),
                        Timestamps.instant(rs, "last_seen_at")))
                .findOne();
    }

    void touchSession(byte[] tokenHash, Instant now) {
        handle.createUpdate("update staff_session set last_seen_at = :now where token_hash = :hash")
                .bind("now", Timestamps.of(now))
                .bind("hash", tokenHash)
                .execute();
    }

    void touchDevice(UUID deviceId, Instant now) {
        handle.createUpdate("update device set last_seen_at = :now where id = :id")
                .bind("now", Timestamps.of(now))
                .bind("id", deviceId)
                .execute();
    }
}
