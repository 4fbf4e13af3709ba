package uk.graduated.server.testing;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.DevicePlatform;
import uk.graduated.model.sync.EnrolRequest;
import uk.graduated.model.sync.EnrolResponse;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.auth.SessionKind;
import uk.graduated.server.auth.SessionStore;
import uk.graduated.server.db.Database;
import uk.graduated.server.device.Enrolment;
import uk.graduated.server.school.SchoolSetup;
import uk.graduated.server.staff.StaffAccount;
import uk.graduated.server.staff.StaffDao;

/**
 * Schools, staff, enrolled tablets and ready-to-use bearer tokens, made directly in a test server's
 * database through the same services the API uses:
 *
 * <pre>{@code
 * TestAccounts accounts = new TestAccounts(server.database());
 * TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
 * TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
 * TestAccounts.Device tablet = accounts.enrolDevice(school, "Rainbow Room tablet");
 * String sessionToken = accounts.sessionOnDevice(ta, tablet);  // push, pull of ta's scope, photos
 * String deviceToken = tablet.token();                         // PIN sign-in, device scope pull
 * String consoleToken = accounts.consoleSession(school.senco()); // staff and device admin API
 * }</pre>
 *
 * Everyone gets the password {@link #PASSWORD} and the PIN {@link #PIN}, and an e-mail address unique
 * on the server. Names are fictional.
 */
public final class TestAccounts {
    public static final String PASSWORD = "larkspur-vale-test-password";
    public static final String PIN = "4821";

    /** A school with the SENCO account every school starts with. */
    public record School(UUID id, String name, Person senco) {
    }

    /** A member of staff who can sign in with {@code password} (console) and {@code pin} (tablet). */
    public record Person(UUID id, UUID schoolId, String displayName, String email, Set<Role> roles,
            List<String> classes, String password, String pin) {
    }

    /** An enrolled tablet and its device token. */
    public record Device(UUID id, UUID schoolId, String name, String token) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final SecretHasher HASHER = new SecretHasher();
    /** Hashed once: Argon2 is slow by design, and every test account shares these secrets. */
    private static final String PASSWORD_HASH = HASHER.hash(PASSWORD);
    private static final String PIN_HASH = HASHER.hash(PIN);

    private final Jdbi jdbi;
    private final Clock clock = Clock.systemUTC();

    public TestAccounts(Database database) {
        this(database.jdbi());
    }

    public TestAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A school, its clock and its SENCO ("Ms Okafor"), who also has a PIN. */
    public School createSchool(String name) {
        String email = uniqueEmail();
        SchoolSetup.Created created = new SchoolSetup(jdbi, HASHER, clock).create(name, null, "Ms Okafor", email, PASSWORD);
        jdbi.useHandle(h -> new StaffDao(h).setPinHash(created.schoolId(), created.sencoId(), PIN_HASH, clock.instant()));
        Person senco = new Person(created.sencoId(), created.schoolId(), created.sencoName(), email,
                Set.of(Role.SENCO), List.of(), PASSWORD, PIN);
        return new School(created.schoolId(), created.schoolName(), senco);
    }

    public Person createStaff(School school, String displayName, Role... roles) {
        return createStaff(school, displayName, EnumSet.of(roles[0], roles), List.of());
    }

    /** @param classes the classes or nursery rooms the person works with, e.g. "Rainbow Room" */
    public Person createStaff(School school, String displayName, Set<Role> roles, List<String> classes) {
        Person person = new Person(UUID.randomUUID(), school.id(), displayName, uniqueEmail(), Set.copyOf(roles),
                List.copyOf(classes), PASSWORD, PIN);
        jdbi.useTransaction(h -> {
            StaffDao staff = new StaffDao(h);
            staff.save(new StaffAccount(person.id(), school.id(), displayName, person.email(), roles, classes,
                    true, false, false), true, clock.instant());
            staff.setPasswordHash(school.id(), person.id(), PASSWORD_HASH, clock.instant());
            staff.setPinHash(school.id(), person.id(), PIN_HASH, clock.instant());
        });
        return person;
    }

    /** A tablet enrolled with a code the school's SENCO issued, as the API does it. */
    public Device enrolDevice(School school, String name) {
        Enrolment enrolment = new Enrolment(jdbi, clock);
        Principal senco = new Principal(school.id(), school.senco().id(), null, Set.of(Role.SENCO));
        String code = enrolment.issue(senco).code();
        EnrolResponse enrolled = enrolment.enrol(new EnrolRequest(code, name, DevicePlatform.ANDROID, "1.0.0"), "127.0.0.1");
        return new Device(enrolled.deviceId(), school.id(), name, enrolled.deviceToken());
    }

    /** A staff session token of {@code person} on {@code device}, as PIN sign-in gives. */
    public String sessionOnDevice(Person person, Device device) {
        return open(person, device.id(), SessionKind.DEVICE);
    }

    /** A console session token of {@code person}, as password sign-in gives. */
    public String consoleSession(Person person) {
        return open(person, null, SessionKind.CONSOLE);
    }

    /** The principal the server resolves for {@code person} signed in on {@code device} (null: console). */
    public static Principal principal(Person person, Device device) {
        return new Principal(person.schoolId(), person.id(), device == null ? null : device.id(), person.roles());
    }

    /** The principal of a bare device token. */
    public static Principal principal(Device device) {
        return new Principal(device.schoolId(), null, device.id(), Set.of());
    }

    private String open(Person person, UUID deviceId, SessionKind kind) {
        return jdbi.inTransaction(h -> SessionStore.open(h, person.schoolId(), person.id(), deviceId, kind,
                clock.instant())).token();
    }

    private static String uniqueEmail() {
        return "staff" + SEQUENCE.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@school.example.org";
    }
}
