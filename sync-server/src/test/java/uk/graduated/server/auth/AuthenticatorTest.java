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
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.db.Database;
import uk.graduated.server.testing.TestAccounts;

class AuthenticatorTest {
    @TempDir
    static Path dataDir;
    static Database database;
    static TestAccounts accounts;
    static TestAccounts.School school;
    final MutableClock clock = new MutableClock(Instant.now());
    final Authenticator authenticator = new Authenticator(database.jdbi(), clock);

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
    void sessionOnDevice_resolvesToSchoolPersonDeviceAndCurrentRoles() {
        TestAccounts.Person ta = accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT);
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Year 2 tablet");

        Authentication auth = authenticator.authenticate("Bearer " + accounts.sessionOnDevice(ta, tablet));

        assertThat(auth.principal()).isEqualTo(TestAccounts.principal(ta, tablet));
        assertThat(auth.isSession()).isTrue();
    }

    @Test
    void deviceToken_resolvesToSchoolAndDeviceWithNoPerson() {
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Office tablet");

        Authentication auth = authenticator.authenticate("bearer " + tablet.token());

        assertThat(auth.principal()).isEqualTo(TestAccounts.principal(tablet));
        assertThat(auth.isSession()).isFalse();
    }

    @Test
    void session_at12Hours_isExpired() {
        String token = consoleSessionOfNewTeacher();
        clock.advance(SessionStore.LIFETIME.minusSeconds(1));
        authenticator.authenticate("Bearer " + token);
        clock.advance(Duration.ofSeconds(1));

        assertThat(refusal("Bearer " + token).code()).isEqualTo(ErrorCode.SESSION_EXPIRED);
    }

    @Test
    void session_ofADeactivatedPerson_isUnauthenticated() {
        TestAccounts.Person teacher = accounts.createStaff(school, "Mr Brennan", Role.TEACHER);
        String token = accounts.consoleSession(teacher);
        database.jdbi().useHandle(h -> h.execute("update staff set active = false where id = ?", teacher.id()));

        assertThat(refusal("Bearer " + token).code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void roleChange_appliesToTheNextRequest() {
        TestAccounts.Person teacher = accounts.createStaff(school, "Ms Ivanova", Role.TEACHER);
        String token = accounts.consoleSession(teacher);
        database.jdbi().useHandle(h -> h.execute("update staff set roles = array['teaching_assistant'] where id = ?",
                teacher.id()));

        assertThat(authenticator.authenticate("Bearer " + token).principal().roles())
                .containsExactly(Role.TEACHING_ASSISTANT);
    }

    @Test
    void revokedDevice_tokenAndItsSessions_getDeviceRevokedWithTheWipeInstruction() {
        TestAccounts.Device tablet = accounts.enrolDevice(school, "Lost tablet");
        String session = accounts.sessionOnDevice(school.senco(), tablet);
        Instant revokedAt = Instant.parse("2026-11-24T08:02:19Z");
        database.jdbi().useHandle(h -> h.execute("update device set revoked_at = ? where id = ?",
                Timestamps.of(revokedAt), tablet.id()));

        for (String token : new String[] {tablet.token(), session}) {
            ApiException refused = refusal("Bearer " + token);
            assertThat(refused.code()).isEqualTo(ErrorCode.DEVICE_REVOKED);
            assertThat(refused.device().deviceId()).isEqualTo(tablet.id());
            assertThat(refused.device().state()).isEqualTo(DeviceState.REVOKED);
            assertThat(refused.device().wipe()).isTrue();
            assertThat(refused.device().changedAt()).isEqualTo(revokedAt);
        }
    }

    @Test
    void malformedHeaders_areUnauthenticated() {
        for (String header : new String[] {null, "", "Bearer", "Basic dXNlcjpwYXNz", "Bearer short",
                "Bearer " + "gss1." + "x".repeat(600), "Bearer gxx1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            assertThat(refusal(header).code()).as(String.valueOf(header)).isEqualTo(ErrorCode.UNAUTHENTICATED);
        }
    }

    @Test
    void lastSeen_isWrittenAtMostOnceAMinute() {
        String token = consoleSessionOfNewTeacher();
        byte[] hash = Tokens.sha256(token);
        clock.advance(Duration.ofMinutes(2));
        authenticator.authenticate("Bearer " + token);
        Instant first = lastSeen(hash);

        clock.advance(Duration.ofSeconds(30));
        authenticator.authenticate("Bearer " + token);
        assertThat(lastSeen(hash)).isEqualTo(first);

        clock.advance(Duration.ofSeconds(30));
        authenticator.authenticate("Bearer " + token);
        assertThat(lastSeen(hash)).isEqualTo(first.plusSeconds(60));
    }

    private String consoleSessionOfNewTeacher() {
        UUID id = UUID.randomUUID();
        TestAccounts.Person teacher = accounts.createStaff(school, "Teacher " + id.toString().substring(0, 4), Role.TEACHER);
        return database.jdbi().inTransaction(h -> SessionStore.open(h, school.id(), teacher.id(), null,
                SessionKind.CONSOLE, clock.instant())).token();
    }

    private Instant lastSeen(byte[] hash) {
        return database.jdbi().withHandle(h -> h.createQuery("select last_seen_at from staff_session where token_hash = :h")
                .bind("h", hash).map((rs, ctx) -> Timestamps.instant(rs, "last_seen_at")).one());
    }

    private ApiException refusal(String header) {
        return catchThrowableOfType(ApiException.class, () -> authenticator.authenticate(header));
    }
}
