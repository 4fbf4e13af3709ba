package uk.graduated.server.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.server.auth.RoleCodes;
import uk.graduated.server.auth.Timestamps;

/**
 * The {@code staff} table for the admin API; every query is bounded by the caller's school. Staff
 * records sync to the tablets (their sign-in lists): the triggers of V4 give each change of an
 * account's own fields the school's next version and a {@code change_log} row.
 */
public final class StaffDao {
    private static final String COLUMNS = """
            id, school_id, display_name, email, roles, classes, active,
            password_hash is not null as has_password, pin_hash is not null as has_pin""";

    private final Handle handle;

    public StaffDao(Handle handle) {
        this.handle = handle;
    }

    public List<StaffAccount> list(UUID schoolId) {
        return handle.createQuery("select " + COLUMNS + " from staff where school_id = :school order by display_name, id")
                .bind("school", schoolId)
                .map((rs, ctx) -> account(rs))
                .list();
    }

    public Optional<StaffAccount> find(UUID schoolId, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from staff where school_id = :school and id = :id")
                .bind("school", schoolId)
                .bind("id", id)
                .map((rs, ctx) -> account(rs))
                .findOne();
    }

    /** Locks every staff row of the school: changes that must keep an active SENCO see a stable set. */
    public List<StaffAccount> lockAll(UUID schoolId) {
        return handle.createQuery("select " + COLUMNS + " from staff where school_id = :school order by id for update")
                .bind("school", schoolId)
                .map((rs, ctx) -> account(rs))
                .list();
    }

    public boolean emailTaken(UUID schoolId, String email, UUID exceptId) {
        return handle.createQuery("""
                        select exists (select 1 from staff
                                       where school_id = :school and lower(email) = lower(:email) and id <> :except)""")
                .bind("school", schoolId)
                .bind("email", email)
                .bind("except", exceptId)
                .mapTo(Boolean.class)
                .one();
    }

    public boolean idTaken(UUID id) {
        return handle.createQuery("select exists (select 1 from staff where id = :id)")
                .bind("id", id)
                .mapTo(Boolean.class)
                .one();
    }

    /** Inserts or rewrites the account's own fields, not its secrets. */
    public void save(StaffAccount account, boolean isNew, Instant now) {
        String sql = isNew
                ? """
                  insert into staff (id, school_id, display_name, email, roles, classes, active, created_at, updated_at)
                  values (:id, :school, :name, :email, :roles, :classes, :active, :now, :now)"""
                : """
                  update staff set display_name = :name, email = :email, roles = :roles, classes = :classes,
                                   active = :active, updated_at = :now
                  where school_id = :school and id = :id""";
        handle.createUpdate(sql)
                .bind("id", account.id())
                .bind("school", account.schoolId())
                .bind("name", account.displayName())
                .bind("email", account.email())
                .bind("roles", RoleCodes.toColumn(account.roles()))
                .bind("classes", account.classes().toArray(String[]::new))
                .bind("active", account.active())
                .bind("now", Timestamps.of(now))
                .execute();
    }

    public void setPasswordHash(UUID schoolId, UUID id, String hash, Instant now) {
        handle.createUpdate("""
                        update staff set password_hash = :hash, failed_sign_ins = 0, locked_until = null, updated_at = :now
                        where school_id = :school and id = :id""")
                .bind("hash", hash)
                .bind("now", Timestamps.of(now))
                .bind("school", schoolId)
                .bind("id", id)
                .execute();
    }

    public void setPinHash(UUID schoolId, UUID id, String hash, Instant now) {
        handle.createUpdate("""
                        update staff set pin_hash = :hash, failed_pins = 0, pin_locked_until = null, updated_at = :now
                        where school_id = :school and id = :id""")
                .bind("hash", hash)
                .bind("now", Timestamps.of(now))
                .bind("school", schoolId)
                .bind("id", id)
                .execute();
    }

    public Optional<String> passwordHash(UUID schoolId, UUID id) {
        return handle.createQuery("select password_hash from staff where school_id = :school and id = :id")
                .bind("school", schoolId)
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    private static StaffAccount account(ResultSet rs) throws SQLException {
        return new StaffAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("school_id", UUID.class),
                rs.getString("display_name"),
                rs.getString("email"),
                RoleCodes.fromColumn((String[]) rs.getArray("roles").getArray()),
                Arrays.asList((String[]) rs.getArray("classes").getArray()),
                rs.getBoolean("active"),
                rs.getBoolean("has_password"),
                rs.getBoolean("has_pin"));
    }
}
