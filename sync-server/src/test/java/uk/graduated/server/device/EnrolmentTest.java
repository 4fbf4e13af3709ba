package uk.graduated.server.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.DevicePlatform;
import uk.graduated.model.sync.EnrolRequest;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Tokens;
import uk.graduated.server.db.Database;
import uk.graduated.server.testing.TestAccounts;

class EnrolmentTest {
    @TempDir
    static Path dataDir;
    static Database database;
    static TestAccounts.School school;
    static Principal senco;

    @BeforeAll
    static void start() {
        database = Database.start(TestServers.config(dataDir, TestPostgres.freshDatabase()));
        school = new TestAccounts(database).createSchool("Larkspur Vale Primary School");
        senco = new Principal(school.id(), school.senco().id(), null, Set.of(Role.SENCO));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void code_isRefusedOnceFifteenMinutesHavePassed() {
        Instant issued = Instant.now();
        String code = new Enrolment(database.jdbi(), Clock.fixed(issued, ZoneOffset.UTC)).issue(senco).code();
        Enrolment later = new Enrolment(database.jdbi(), Clock.fixed(issued.plus(Duration.ofMinutes(15)), ZoneOffset.UTC));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> later.enrol(request(code), "10.0.0.3"));

        assertThat(refused.code()).isEqualTo(ErrorCode.ENROLMENT_CODE_INVALID);
    }

    @Test
    void code_isStoredOnlyAsItsHash() {
        String code = new Enrolment(database.jdbi(), Clock.systemUTC()).issue(senco).code();
        byte[] expected = Tokens.sha256(EnrolmentCodes.normalise(code));

        long matches = database.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from enrolment_code where code_hash = :hash").bind("hash", expected).mapTo(Long.class).one());

        assertThat(matches).isEqualTo(1);
    }

    @Test
    void tenWrongCodesFromOneAddress_thenEvenARightOneIs429() {
        Enrolment enrolment = new Enrolment(database.jdbi(), Clock.systemUTC());
        for (int i = 0; i < 10; i++) {
            catchThrowableOfType(ApiException.class, () -> enrolment.enrol(request("WRONG-CODE"), "10.0.0.9"));
        }
        String code = enrolment.issue(senco).code();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> enrolment.enrol(request(code), "10.0.0.9"));

        assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(enrolment.enrol(request(code), "10.0.0.10").schoolId()).isEqualTo(school.id());
    }

    private static EnrolRequest request(String code) {
        return new EnrolRequest(code, "Rainbow Room tablet", DevicePlatform.ANDROID, "1.0.0");
    }
}
