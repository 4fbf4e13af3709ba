package uk.graduated.server.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleHttp;
import uk.graduated.server.school.SchoolDates;
import uk.graduated.server.school.SchoolDatesDao;
import uk.graduated.server.testing.TestAccounts;

/** The school settings page over HTTP against embedded PostgreSQL. */
class SchoolSettingsRoutesTest {
    @TempDir
    static Path dataDir;
    static GraduatedServer server;
    static TestAccounts accounts;

    @BeforeAll
    static void start() {
        server = TestServers.startOnFreshDatabase(dataDir);
        accounts = new TestAccounts(server.database());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void savingThePhase_makesTheSchoolRecordSyncAndStoresTheTermDates() {
        TestAccounts.School school = accounts.createSchool("Larkspur Vale Primary School");
        ConsoleHttp browser = new ConsoleHttp(server.baseUrl());
        browser.signIn(school.senco());
        ConsoleHttp.Reply page = browser.get("/console/school");
        assertThat(page.body()).contains("Choose the school's phase and save");

        Map<String, String> form = validForm(page.formToken());
        ConsoleHttp.Reply saved = browser.post("/console/school", form);

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/console/school?done=saved");
        assertThat(browser.get(saved.header("Location")).body()).contains("School details and term dates saved.", "Autumn term", "2026-10-26");
        SchoolDates dates = server.database().jdbi().withHandle(h -> new SchoolDatesDao(h).load(school.id()));
        assertThat(dates.calendar().isOpen(LocalDate.of(2026, 10, 28))).isFalse();
        assertThat(dates.calendar().isOpen(LocalDate.of(2026, 11, 4))).isTrue();
        int schoolInChangeLog = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from change_log where school_id = :s and entity_id = :s and entity_type = 'school'")
                .bind("s", school.id()).mapTo(Integer.class).one());
        assertThat(schoolInChangeLog).isEqualTo(1);
    }

    @Test
    void aFormWithAnError_savesNothing_andSaysWhichRow() {
        TestAccounts.School school = accounts.createSchool("Hollin Brook Primary School");
        ConsoleHttp browser = new ConsoleHttp(server.baseUrl());
        browser.signIn(school.senco());
        Map<String, String> form = validForm(browser.get("/console/school").formToken());
        form.put("closure-0-end", "2026-10-01");

        ConsoleHttp.Reply refused = browser.post("/console/school", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Nothing was saved", "The last day of row 1 is before its first day.",
                "href=\"#closure-0-end\"");
        String phase = server.database().jdbi().withHandle(h -> h.createQuery("select phase from school where id = :s")
                .bind("s", school.id()).mapTo(String.class).one());
        assertThat(phase).isNull();
        assertThat(server.database().jdbi().withHandle(h -> new SchoolDatesDao(h).load(school.id())).terms()).isEmpty();
    }

    @Test
    void anAdmin_mayEditTheSchool_butATeachingAssistantCannotSignInToTheConsole() {
        TestAccounts.School school = accounts.createSchool("Meadow Lane Infants");
        TestAccounts.Person admin = accounts.createStaff(school, "Mr Ellis", Role.ADMIN);
        ConsoleHttp browser = new ConsoleHttp(server.baseUrl());
        browser.signIn(admin);

        ConsoleHttp.Reply saved = browser.post("/console/school", validForm(browser.get("/console/school").formToken()));

        assertThat(saved.status()).isEqualTo(303);
        TestAccounts.Person ta = accounts.createStaff(school, "Mrs Patel", Role.TEACHING_ASSISTANT);
        ConsoleHttp taBrowser = new ConsoleHttp(server.baseUrl());
        taBrowser.signIn(ta);
        assertThat(taBrowser.get("/console/school").status()).isNotEqualTo(200);
    }

    @Test
    void aSettingWithoutAUrn_savesWithTheUrnLeftEmpty() {
        TestAccounts.School school = accounts.createSchool("Brackenfold Nursery");
        ConsoleHttp browser = new ConsoleHttp(server.baseUrl());
        browser.signIn(school.senco());
        Map<String, String> form = validForm(browser.get("/console/school").formToken());
        form.remove("urn");
        form.put("phase", "nursery");

        ConsoleHttp.Reply saved = browser.post("/console/school", form);

        assertThat(saved.status()).isEqualTo(303);
        String phase = server.database().jdbi().withHandle(h -> h.createQuery("select phase from school where id = :s")
                .bind("s", school.id()).mapTo(String.class).one());
        assertThat(phase).isEqualTo("nursery");
    }

    private static Map<String, String> validForm(String csrf) {
        Map<String, String> form = new HashMap<>();
        form.put("csrf", csrf);
        form.put("name", "Larkspur Vale Primary School");
        form.put("urn", "123456");
        form.put("phase", "primary");
        form.put("term-0-label", "Autumn term");
        form.put("term-0-start", "2026-09-03");
        form.put("term-0-end", "2026-12-18");
        form.put("closure-0-label", "Half-term");
        form.put("closure-0-start", "2026-10-26");
        form.put("closure-0-end", "2026-10-30");
        return form;
    }
}
