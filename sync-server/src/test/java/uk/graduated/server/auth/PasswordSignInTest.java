package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.db.Database;
import uk.graduated.server.testing.TestAccounts;

/** The password sign-in service with a clock the test moves. */
class PasswordSignInTest {
    @TempDir
    static Path dataDir;
    static Database database;
    static TestAccounts accounts;
    static TestAccounts.School school;
    final MutableClock clock = new MutableClock(Instant.now());

    @BeforeAll
    static void start() {
        database = Database.start(TestServers.config(dataDir, TestPostgres.freshDatabase()));
        accounts = new TestAccounts(database);
        school = accounts.createSchool("Larkspur Vale Primary School");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void lockout_endsAfter15Minutes() {
        TestAccounts.Person person = accounts.createStaff(school, "Mr Brennan", Role.TEACHER);
        PasswordSignIn signIn = service();
        failFiveTimes(signIn, person.email());

        assertThat(refusal(signIn, person.email(), TestAccounts.PASSWORD).code()).isEqualTo(ErrorCode.RATE_LIMITED);
        clock.advance(Duration.ofMinutes(15));

        assertThat(signIn.signIn(request(person.email(), TestAccounts.PASSWORD), "10.0.0.2").staff().id())
                .isEqualTo(person.id());
    }

    @Test
    void lockout_isKeptOnTheStaffRow_soANewServerInstanceStillRefuses() {
        TestAccounts.Person person = accounts.createStaff(school, "Ms Achterberg", Role.TEACHER);
        failFiveTimes(service(), person.email());

        ApiException refused = refusal(service(), person.email(), TestAccounts.PASSWORD);

        assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refused.retryAfterSeconds()).isEqualTo(900);
    }

    @Test
    void rightPassword_clearsTheCountOfEarlierWrongOnes() {
        TestAccounts.Person person = accounts.createStaff(school, "Mrs Duval", Role.TEACHER);
        PasswordSignIn signIn = service();
        for (int i = 0; i < 4; i++) {
            refusal(signIn, person.email(), "wrong-" + i);
        }
        signIn.signIn(request(person.email(), TestAccounts.PASSWORD), "10.0.0.2");

        for (int i = 0; i < 4; i++) {
            assertThat(refusal(signIn, person.email(), "again-" + i).code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
    }

    @Test
    void sameAddressAtTwoSchools_signsInWhereThePasswordMatches() {
        TestAccounts.School other = accounts.createSchool("Hollowmere Infant School");
        String shared = "peripatetic." + UUID.randomUUID() + "@school.example.org";
        UUID here = insertStaff(school, shared, "first-school-password");
        insertStaff(other, shared, "second-school-password");

        SessionResponse session = service().signIn(request(shared, "second-school-password"), "10.0.0.2");

        UUID schoolOfSession = database.jdbi().withHandle(h -> h.createQuery("select school_id from staff where id = :id")
                .bind("id", session.staff().id()).mapTo(UUID.class).one());
        assertThat(session.staff().id()).isNotEqualTo(here);
        assertThat(schoolOfSession).isEqualTo(other.id());
    }

    @Test
    void sameAddressAndPasswordAtTwoSchools_asksForTheSchool() {
        TestAccounts.School other = accounts.createSchool("Brackenfold Nursery");
        String shared = "supply." + UUID.randomUUID() + "@school.example.org";
        insertStaff(school, shared, "the-same-password");
        insertStaff(other, shared, "the-same-password");
        PasswordSignIn signIn = service();

        ValidationException ambiguous = catchThrowableOfType(ValidationException.class,
                () -> signIn.signIn(request(shared, "the-same-password"), "10.0.0.2"));
        SessionResponse chosen = signIn.signIn(new PasswordSignInRequest(shared, "the-same-password", other.id()),
                "10.0.0.2");

        assertThat(ambiguous.errors().get(0).field()).isEqualTo("schoolId");
        assertThat(chosen.staff()).isNotNull();
    }

    private PasswordSignIn service() {
        return new PasswordSignIn(database.jdbi(), new SecretHasher(), clock);
    }

    private static void failFiveTimes(PasswordSignIn signIn, String email) {
        for (int i = 0; i < 5; i++) {
            assertThat(refusal(signIn, email, "wrong-" + i).code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
    }

    private static ApiException refusal(PasswordSignIn signIn, String email, String password) {
        return catchThrowableOfType(ApiException.class, () -> signIn.signIn(request(email, password), "10.0.0.2"));
    }

    private static PasswordSignInRequest request(String email, String password) {
        return new PasswordSignInRequest(email, password, null);
    }

    private static UUID insertStaff(TestAccounts.School at, String email, String password) {
        UUID id = UUID.randomUUID();
        String hash = new SecretHasher().hash(password);
        database.jdbi().useHandle(h -> h.createUpdate("""
                        insert into staff (id, school_id, display_name, email, roles, password_hash)
                        values (:id, :school, 'Mx Quill', :email, array['teacher'], :hash)""")
                .bind("id", id).bind("school", at.id()).bind("email", email).bind("hash", hash).execute());
        return id;
    }
}
