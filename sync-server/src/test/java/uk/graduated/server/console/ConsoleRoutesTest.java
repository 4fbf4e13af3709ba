package uk.graduated.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.PupilFlags;
import uk.graduated.model.pupil.PupilJson;
import uk.graduated.model.pupil.YearGroup;
import uk.graduated.model.school.Role;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.ProtocolVersion;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.testing.TestAccounts;

/** The console over HTTP: sessions, cookies, form tokens, roles and what every page sends. */
class ConsoleRoutesTest {
    @TempDir
    static Path dataDir;
    static GraduatedServer server;
    static TestAccounts accounts;
    static TestAccounts.School school;
    static TestAccounts.School otherSchool;
    static UUID pupilId;
    static UUID otherSchoolsPupilId;

    @BeforeAll
    static void start() {
        server = TestServers.startOnFreshDatabase(dataDir);
        accounts = new TestAccounts(server.database());
        school = accounts.createSchool("Larkspur Vale Primary School");
        otherSchool = accounts.createSchool("Hollin Brook Primary School");
        pupilId = pupilOnSenSupport(school, "<b>Robin</b>");
        otherSchoolsPupilId = pupilOnSenSupport(otherSchool, "Sasha");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPageWithoutASession_sendsTheBrowserToSignIn_withTheWayBack() {
        ConsoleHttp.Reply reply = browser().get("/console/register?need=SLCN");

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/console/sign-in?next=%2Fconsole%2Fregister%3Fneed%3DSLCN");
    }

    @Test
    void signIn_setsAStrictHttpOnlySessionCookie_forTheConsoleOnly() {
        ConsoleHttp browser = browser();
        ConsoleHttp.Reply reply = browser.signIn(school.senco());

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/console/home");
        assertThat(sessionCookie(reply)).contains("; Path=/console; HttpOnly; SameSite=Strict").doesNotContain("Secure");
        assertThat(browser.get("/console/home").status()).isEqualTo(200);
    }

    @Test
    void signIn_behindAnHttpsProxy_marksTheCookieSecure() {
        ConsoleHttp.Reply reply = browser().withHeader("X-Forwarded-Proto", "https").signIn(school.senco());

        assertThat(sessionCookie(reply)).endsWith("; Secure");
    }

    @Test
    void signIn_withoutTheFormsToken_isRefusedAndOpensNoSession() {
        ConsoleHttp browser = browser();
        ConsoleHttp.Reply reply = browser.post("/console/sign-in",
                Map.of("email", school.senco().email(), "password", TestAccounts.PASSWORD));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("The sign-in form had expired.");
        assertThat(browser.cookie("graduated_console")).isNull();
    }

    @Test
    void signIn_withAWrongPassword_saysSoWithoutSayingWhichPartWasWrong() {
        ConsoleHttp.Reply reply = browser().signIn(school.senco().email(), "not-the-password");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).contains("The email address or password is not correct.")
                .contains("value=\"" + school.senco().email() + "\"");
    }

    @Test
    void aPostWithoutTheSessionsFormToken_isRefused_andWithItSucceeds() {
        ConsoleHttp browser = browser();
        browser.signIn(school.senco());

        assertThat(browser.post("/console/enrolment-codes", Map.of()).status()).isEqualTo(403);
        assertThat(browser.post("/console/enrolment-codes", Map.of("csrf", "forged")).body())
                .contains("This form has expired");
        String token = browser.get("/console/staff").formToken();
        ConsoleHttp.Reply issued = browser.post("/console/enrolment-codes", Map.of("csrf", token));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.body()).containsPattern("class=\"code\"[^>]*>[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}<");
    }

    @Test
    void anAdmin_managesStaffAndDevices_butSeesNoPupilRecord() {
        ConsoleHttp browser = browser();
        TestAccounts.Person admin = accounts.createStaff(school, "Mr Lindqvist", Role.ADMIN);

        assertThat(browser.signIn(admin).header("Location")).isEqualTo("/console/staff");
        assertThat(browser.get("/console/staff").status()).isEqualTo(200);
        ConsoleHttp.Reply register = browser.get("/console/register");
        assertThat(register.status()).isEqualTo(403);
        assertThat(register.body()).contains("Only the SENCO sees pupils' SEN records.");
        assertThat(browser.get("/console/pupils/" + pupilId).status()).isEqualTo(403);
        assertThat(browser.get("/console").header("Location")).isEqualTo("/console/staff");
    }

    @Test
    void aTeacher_isToldTheConsoleIsForTheSencoAndAdmins_andKeepsNoSession() {
        ConsoleHttp browser = browser();
        TestAccounts.Person teacher = accounts.createStaff(school, "Ms Adeyemi", Role.TEACHER);

        ConsoleHttp.Reply reply = browser.signIn(teacher);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("The console is for the SENCO and admins").contains("Ms Adeyemi");
        assertThat(browser.cookie("graduated_console")).isNull();
    }

    @Test
    void everyPage_forbidsCachingFramingAndScripts() {
        ConsoleHttp browser = browser();
        browser.signIn(school.senco());

        for (String path : List.of("/console/sign-in", "/console/home", "/console/register", "/console/staff")) {
            ConsoleHttp.Reply reply = browser.get(path);
            assertThat(reply.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'").doesNotContain("script-src");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void whatStaffTyped_isShownAsText_neverAsMarkup() {
        ConsoleHttp browser = browser();
        browser.signIn(school.senco());

        String register = browser.get("/console/register").body();

        assertThat(register).contains("&lt;b&gt;Robin&lt;/b&gt;").doesNotContain("<b>Robin</b>");
    }

    @Test
    void anotherSchoolsPupil_isNotFound_asAnHtmlPage() {
        ConsoleHttp browser = browser();
        browser.signIn(school.senco());

        ConsoleHttp.Reply reply = browser.get("/console/pupils/" + otherSchoolsPupilId);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("Page not found");
        assertThat(browser.get("/console/pupils/not-an-id").status()).isEqualTo(404);
        assertThat(browser.get("/console/no-such-page").status()).isEqualTo(404);
    }

    @Test
    void anUnknownFilterValue_isAnHtmlPageNamingTheField() {
        ConsoleHttp browser = browser();
        browser.signIn(school.senco());

        ConsoleHttp.Reply reply = browser.get("/console/register?need=XYZ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("<strong>need</strong>: need has no option \"XYZ\"");
    }

    @Test
    void signOut_endsTheSessionAndClearsTheCookie() {
        ConsoleHttp browser = browser();
        browser.signIn(school.senco());
        String token = browser.get("/console/home").formToken();

        ConsoleHttp.Reply reply = browser.post("/console/sign-out", Map.of("csrf", token));

        assertThat(reply.header("Location")).isEqualTo("/console/sign-in?reason=signed-out");
        assertThat(browser.cookie("graduated_console")).isNull();
    }

    private static ConsoleHttp browser() {
        return new ConsoleHttp(server.baseUrl());
    }

    private static String sessionCookie(ConsoleHttp.Reply reply) {
        return reply.cookiesSet().stream().filter(c -> c.startsWith("graduated_console=")).findFirst().orElseThrow();
    }

    /** A pupil with SEN support, written as the SENCO on a tablet would. */
    private static UUID pupilOnSenSupport(TestAccounts.School at, String firstName) {
        TestAccounts.Device tablet = accounts.enrolDevice(at, "SEN room tablet");
        var senco = TestAccounts.principal(at.senco(), tablet);
        PushService push = new PushService(server.database().jdbi(), Clock.systemUTC());
        Pupil pupil = new Pupil(UUID.randomUUID(), at.id(), firstName, "Ashworth", null, LocalDate.of(2018, 3, 4),
                YearGroup.Y2, "Wrens", null, new PupilFlags(false, false, false, false), null);
        ProvisionEntry provision = new ProvisionEntry(UUID.randomUUID(), pupil.id(), SenProvision.K,
                LocalDate.of(2025, 9, 8), null);
        List<Mutation> mutations = List.of(
                Mutation.upsert(UUID.randomUUID(), tablet.id(), EntityType.PUPIL, pupil.id(), null,
                        PupilJson.toJson(pupil), Instant.now()),
                Mutation.upsert(UUID.randomUUID(), tablet.id(), EntityType.SEN_PROVISION, provision.id(), null,
                        ProvisionEntryJson.toJson(provision), Instant.now()));
        List<MutationOutcome> outcomes = push.push(senco, new PushRequest(ProtocolVersion.CURRENT.value(), tablet.id(),
                mutations)).outcomes();
        assertThat(outcomes).allMatch(o -> o instanceof MutationOutcome.Applied);
        return pupil.id();
    }
}
