package uk.graduated.server.demo;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.school.Role;
import uk.graduated.server.school.SchoolDatesDao;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.auth.Tokens;

/** Writes the demo school's school row, clock, staff accounts and tablets. */
final class DemoAccounts {
    private final Handle handle;
    private final SecretHasher hasher;

    DemoAccounts(Handle handle, SecretHasher hasher) {
        this.handle = handle;
        this.hasher = hasher;
    }

    boolean exists(UUID schoolId) {
        return handle.createQuery("select count(*) from school where id = :id").bind("id", schoolId).mapTo(Integer.class).one() > 0;
    }

    void insert(DemoSchool demo, String password, Instant now) {
        UUID schoolId = demo.school().id();
        handle.createUpdate("insert into school (id, name, urn, phase) values (:id, :name, :urn, :phase)")
                .bind("id", schoolId).bind("name", demo.school().name()).bind("urn", demo.school().urn())
                .bind("phase", demo.school().phase().code()).execute();
        handle.createUpdate("insert into school_clock (school_id) values (:id)").bind("id", schoolId).execute();
        new SchoolDatesDao(handle).replace(schoolId, DemoSchoolGenerator.DemoCalendar.endingBefore(demo.referenceDate()).schoolDates());
        for (DemoStaff s : demo.staff()) {
            boolean console = s.member().roles().contains(Role.SENCO) || s.member().roles().contains(Role.ADMIN);
            handle.createUpdate("insert into staff (id, school_id, display_name, email, roles, classes, password_hash, pin_hash)"
                            + " values (:id, :school, :name, :email, :roles, :classes, :password, :pin)")
                    .bind("id", s.member().id())
                    .bind("school", schoolId)
                    .bind("name", s.member().displayName())
                    .bind("email", s.member().email())
                    .bind("roles", s.member().roles().stream().map(Role::code).sorted().toArray(String[]::new))
                    .bind("classes", s.classes().toArray(new String[0]))
                    .bind("password", console ? hasher.hash(password) : null)
                    .bind("pin", hasher.hash(s.pin()))
                    .execute();
        }
        UUID senco = demo.staff().get(0).member().id();
        for (int i = 0; i < demo.devices().size(); i++) {
            DemoDevice d = demo.devices().get(i);
            // One tablet has been in a drawer for five days, so the console has a stale device to show.
            Instant lastSeen = now.minusSeconds(i == 1 ? 5 * 86_400L : 3_600L);
            // The tokens are thrown away: these tablets only attribute the demo's records; real ones enrol.
            handle.createUpdate("insert into device (id, school_id, name, platform, token_hash, enrolled_at, enrolled_by, last_seen_at, last_sync_at)"
                            + " values (:id, :school, :name, 'android', :token, :enrolled, :by, :seen, :seen)")
                    .bind("id", d.id())
                    .bind("school", schoolId)
                    .bind("name", d.name())
                    .bind("token", Tokens.sha256(Tokens.newDeviceToken()))
                    .bind("enrolled", now.minusSeconds(86_400L * 90))
                    .bind("by", senco)
                    .bind("seen", lastSeen)
                    .execute();
        }
    }
}
