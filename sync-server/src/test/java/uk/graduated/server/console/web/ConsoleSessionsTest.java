package uk.graduated.server.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.Authenticator;
import uk.graduated.server.auth.PasswordSignIn;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.console.MovableClock;
import uk.graduated.server.db.Database;
import uk.graduated.server.testing.TestAccounts;

/** Console sessions over real staff sessions, with a clock the test moves. */
class ConsoleSessionsTest {
    @TempDir
    static Path dataDir;
    static Database database;
    static TestAccounts accounts;
    static TestAccounts.School school;
    final MovableClock clock = new MovableClock(Instant.now(), ZoneId.of("Europe/London"));
    final ConsoleSessions sessions = new ConsoleSessions(database.jdbi(), clock, new Authenticator(database.jdbi(), clock),
            new PasswordSignIn(database.jdbi(), new SecretHasher(), clock));

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
    void noCookie_isNoSession() {
        assertThat(sessions.resolve(null).signedOut()).isEqualTo(ConsoleSessions.SignedOut.NONE);
    }

    @Test
    void passwordSignIn_givesASessionThatResolvesToThePersonAndTheirSchool() {
        String token = sessions.signIn(school.senco().email(), TestAccounts.PASSWORD, "10.1.0.1").token();

        ConsoleUser user = sessions.resolve(token).user();

        assertThat(user.name()).isEqualTo("Ms Okafor");
        assertThat(user.schoolName()).isEqualTo("Larkspur Vale Primary School");
        assertThat(user.isSenco()).isTrue();
        assertThat(user.csrfToken()).isEqualTo(Csrf.tokenFor(token));
    }

    @Test
    void thirtyMinutesWithoutARequest_endsTheSession() {
        String token = accounts.consoleSession(school.senco());
        clock.advance(ConsoleSessions.IDLE_LIMIT.plusSeconds(1));

        assertThat(sessions.resolve(token).signedOut()).isEqualTo(ConsoleSessions.SignedOut.IDLE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.resolve(token).signedOut()).isEqualTo(ConsoleSessions.SignedOut.ENDED);
    }

    @Test
    void requestsWithinThirtyMinutes_keepTheSessionOpen() {
        String token = accounts.consoleSession(school.senco());
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.resolve(token).user()).as("after %d minutes", 20 * (i + 1)).isNotNull();
        }
    }

    @Test
    void signOut_endsTheSession() {
        String token = accounts.consoleSession(school.senco());

        sessions.end(token);

        assertThat(sessions.resolve(token).signedOut()).isEqualTo(ConsoleSessions.SignedOut.ENDED);
    }

    @Test
    void aTabletSessionToken_isNoConsoleSession() {
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Rainbow Room tablet");
        String token = accounts.sessionOnDevice(school.senco(), tablet);

        assertThat(sessions.resolve(token).signedOut()).isEqualTo(ConsoleSessions.SignedOut.ENDED);
    }

    @Test
    void aDeactivatedPerson_isSignedOut() {
        TestAccounts.Person admin = accounts.createStaff(school, "Mr Lindqvist", Role.ADMIN);
        String token = accounts.consoleSession(admin);
        database.jdbi().useHandle(h -> h.createUpdate("update staff set active = false where id = :id")
                .bind("id", admin.id()).execute());

        assertThat(sessions.resolve(token).user()).isNull();
    }
}
