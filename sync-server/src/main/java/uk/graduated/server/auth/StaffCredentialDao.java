package uk.graduated.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.school.Role;

/** The sign-in columns of {@code staff}, read with a row lock so concurrent wrong attempts all count. */
final class StaffCredentialDao {
    /** One account as sign-in sees it; {@code secretHash} is the password or PIN hash asked for. */
    record Account(UUID id, UUID schoolId, String displayName, Set<Role> roles, boolean active, String secretHash,
            Lockout lockout) {
        @Override
        public String toString() {
            return "Account[id=" + id + ", schoolId=" + schoolId + "]";
        }
    }

    private final Handle handle;

    StaffCredentialDao(Handle handle) {
        this.handle = handle;
    }

    /** Active accounts with this address (case ignored), usually one; one per school at most. */
    List<Account> forPasswordByEmail(String email, UUID schoolId) {
        return handle.createQuery("""
                        select id, school_id, display_name, roles, active, password_hash as secret_hash,
                               failed_sign_ins as failures, locked_until
                        from staff
                        where lower(email) = lower(:email) and active
                          and (cast(:school as uuid) is null or school_id = :school)
                        order by school_id
                        for update""")
                .bind("email", email)
                .bind("school", schoolId)
                .map((rs, ctx) -> account(rs))
                .list();
    }

    Optional<Account> forPin(UUID schoolId, UUID staffId) {
        return handle.createQuery("""
                        select id, school_id, display_name, roles, active, pin_hash as secret_hash,
                               failed_pins as failures, pin_locked_until as locked_until
                        from staff
                        where school_id = :school and id = :staff
                        for update""")
                .bind("school", schoolId)
                .bind("staff", staffId)
                .map((rs, ctx) -> account(rs))
                .findOne();
    }

    void savePasswordLockout(UUID staffId, Lockout lockout) {
        handle.createUpdate("update staff set failed_sign_ins = :failures, locked_until = :until where id = :id")
                .bind("failures", lockout.failures())
                .bind("until", Timestamps.of(lockout.lockedUntil()))
                .bind("id", staffId)
                .execute();
    }

    void savePinLockout(UUID staffId, Lockout lockout) {
        handle.createUpdate("update staff set failed_pins = :failures, pin_locked_until = :until where id = :id")
                .bind("failures", lockout.failures())
                .bind("until", Timestamps.of(lockout.lockedUntil()))
                .bind("id", staffId)
                .execute();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getObject("school_id", UUID.class),
                rs.getString("display_name"),
                RoleCodes.fromColumn((String[]) rs.getArray("roles").getArray()),
                rs.getBoolean("active"),
                rs.getString("secret_hash"),
                new Lockout(rs.getInt("failures"), Timestamps.instant(rs, "locked_until")));
    }
}
