package uk.graduated.server.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.server.auth.Timestamps;

/** The {@code device} table; every query is bounded by the caller's school. */
final class DeviceDao {
    private static final String COLUMNS = """
            id, school_id, name, platform, app_version, enrolled_at, enrolled_by, last_seen_at, last_sync_at,
            revoked_at, revoked_by""";

    private final Handle handle;

    DeviceDao(Handle handle) {
        this.handle = handle;
    }

    void insert(Device device, byte[] tokenHash) {
        handle.createUpdate("""
                        insert into device (id, school_id, name, platform, app_version, token_hash, enrolled_at,
                                            enrolled_by)
                        values (:id, :school, :name, :platform, :appVersion, :token, :enrolledAt, :enrolledBy)""")
                .bind("id", device.id())
                .bind("school", device.schoolId())
                .bind("name", device.name())
                .bind("platform", device.platform())
                .bind("appVersion", device.appVersion())
                .bind("token", tokenHash)
                .bind("enrolledAt", Timestamps.of(device.enrolledAt()))
                .bind("enrolledBy", device.enrolledBy())
                .execute();
    }

    List<Device> list(UUID schoolId) {
        return handle.createQuery("select " + COLUMNS
                        + " from device where school_id = :school order by enrolled_at desc, id")
                .bind("school", schoolId)
                .map((rs, ctx) -> device(rs))
                .list();
    }

    Optional<Device> find(UUID schoolId, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from device where school_id = :school and id = :id")
                .bind("school", schoolId)
                .bind("id", id)
                .map((rs, ctx) -> device(rs))
                .findOne();
    }

    /** Locks the row so a revocation and a sign-in on the same device cannot interleave. */
    Optional<Device> findForUpdate(UUID schoolId, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from device where school_id = :school and id = :id for update")
                .bind("school", schoolId)
                .bind("id", id)
                .map((rs, ctx) -> device(rs))
                .findOne();
    }

    void revoke(UUID schoolId, UUID id, UUID by, Instant now) {
        handle.createUpdate("""
                        update device set revoked_at = :now, revoked_by = :by
                        where school_id = :school and id = :id and revoked_at is null""")
                .bind("now", Timestamps.of(now))
                .bind("by", by)
                .bind("school", schoolId)
                .bind("id", id)
                .execute();
    }

    private static Device device(ResultSet rs) throws SQLException {
        return new Device(
                rs.getObject("id", UUID.class),
                rs.getObject("school_id", UUID.class),
                rs.getString("name"),
                rs.getString("platform"),
                rs.getString("app_version"),
                Timestamps.instant(rs, "enrolled_at"),
                rs.getObject("enrolled_by", UUID.class),
                Timestamps.instant(rs, "last_seen_at"),
                Timestamps.instant(rs, "last_sync_at"),
                Timestamps.instant(rs, "revoked_at"),
                rs.getObject("revoked_by", UUID.class));
    }
}
