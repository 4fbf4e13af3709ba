package uk.graduated.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.testing.TestAccounts;

/**
 * The console in a real headless Chromium against a real server holding the demo school: what a
 * SENCO and an admin do, keyboard-free but through the same pages and forms. Skipped, saying why,
 * only where Chromium is not installed.
 */
class ConsoleBrowserTest {
    @TempDir
    static Path temp;
    static GraduatedServer server;
    static ConsoleTestSchool.Loaded school;
    static ChromeDriver browser;
    static BrowserSteps steps;
    static Screenshots screenshots;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(Chromium.BROWSER),
                "Chromium is not installed at /usr/bin/chromium, so the console browser tests are skipped"
                        + " (apt-get install chromium chromium-driver; CI installs them).");
        server = TestServers.startOnFreshDatabase(temp.resolve("data"));
        school = ConsoleTestSchool.load(server.database().jdbi());
        browser = Chromium.start(temp);
        steps = new BrowserSteps(browser, server.baseUrl());
        screenshots = new Screenshots(temp.resolve("screenshots"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.get(server.baseUrl() + "/console/sign-in");
        browser.manage().deleteAllCookies();
    }

    @Test
    void signIn_withWrongPassword_staysOnSignInAndSaysSo() {
        steps.open("/console/sign-in");
        steps.fillSignIn(school.senco(), "not-the-password");

        assertThat(browser.getCurrentUrl()).endsWith("/console/sign-in");
        assertThat(steps.text(".error-summary")).contains("The email address or password is not correct.");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(school.senco().member().email());
    }

    @Test
    void senco_signsIn_andSeesWhatNeedsAttention() {
        steps.open("/console/home");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in?next=%2Fconsole%2Fhome");
        screenshots.save(browser, "sign-in");

        steps.fillSignIn(school.senco(), TestAccounts.PASSWORD);

        assertThat(browser.getCurrentUrl()).endsWith("/console/home");
        assertThat(steps.text("header")).contains(school.demo().school().name()).contains("Helen Marchbank");
        assertThat(steps.text("main h1")).isEqualTo("What needs attention");
        assertThat(steps.text("#devices-heading + .table-wrap")).contains("Acorns room tablet");
        assertThat(steps.text("#sync-heading").length()).isPositive();
        assertThat(steps.text("main")).contains("You can log sessions only for the groups you run.");
        screenshots.save(browser, "home");
        browser.executeScript("document.getElementById('plan-reviews-heading').scrollIntoView()");
        screenshots.save(browser, "home-reviews");
    }

    @Test
    void senco_findsAPupilByName_andSeesTheirRatingsChart() {
        steps.signIn(school.senco());
        steps.open("/console/register");
        screenshots.save(browser, "register");
        Chromium.fitViewport(browser, 768, 1024);
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        screenshots.save(browser, "register-tablet");
        Chromium.fitViewport(browser, 1280, 800);
        String name = browser.findElement(By.cssSelector("tbody th a")).getText();

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys(name);
        WebElement page = browser.findElement(By.tagName("html"));
        search.submit();
        steps.waitUntilReplaced(page);

        List<WebElement> found = browser.findElements(By.cssSelector("tbody th a"));
        assertThat(found).extracting(WebElement::getText).contains(name);
        WebElement link = found.stream().filter(a -> a.getText().equals(name)).findFirst().orElseThrow();
        steps.clickAndWait(link);
        assertThat(steps.text("main h1")).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("figure.chart svg polyline"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("figure.chart svg desc")).getAttribute("textContent"))
                .contains("ratings from");
        screenshots.save(browser, "pupil");
        browser.executeScript("document.getElementById('ratings-heading').scrollIntoView()");
        screenshots.save(browser, "pupil-ratings");
    }

    @Test
    void senco_addsASecondaryNeed_swapsTheRanks_andIsToldWhatIsWrongWithADuplicate() {
        steps.signIn(school.senco());
        steps.open("/console/register");
        WebElement row = browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(3).getText().isBlank())
                .findFirst().orElseThrow();
        String primary = row.findElements(By.tagName("td")).get(2).getText();
        steps.clickAndWait(row.findElement(By.cssSelector("th a")));
        String other = primary.equals("SLCN") ? "ASD" : "SLCN";

        steps.clickAndWait(By.linkText("Add a need"));
        new Select(browser.findElement(By.id("type"))).selectByValue(other);
        browser.findElement(By.cssSelector("input[name=rank][value='2']")).click();
        screenshots.save(browser, "need-form");
        steps.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(steps.text(".notice")).isEqualTo("The need was added.");
        assertThat(needRanks()).containsExactly("1 " + primary, "2 " + other);

        steps.clickAndWait(By.xpath("//a[contains(@href, '/edit') and contains(., '" + other + "')]"));
        browser.findElement(By.cssSelector("input[name=rank][value='1']")).click();
        steps.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(steps.text(".notice")).isEqualTo("The need was changed.");
        assertThat(needRanks()).containsExactly("1 " + other, "2 " + primary);

        steps.clickAndWait(By.linkText("Add a need"));
        new Select(browser.findElement(By.id("type"))).selectByValue(primary);
        steps.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(steps.text(".error-summary")).contains(primary + " is already one of this pupil's open needs");
        assertThat(browser.findElement(By.id("type")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    /** "1 SPLD", "2 SLCN": the open needs' ranks and codes, as the pupil page lists them. */
    private List<String> needRanks() {
        return browser.findElements(By.cssSelector("#needs-heading ~ table tbody tr")).stream()
                .map(r -> r.findElement(By.tagName("th")).getText().split(" ")[0] + " "
                        + r.findElement(By.cssSelector("td strong")).getText())
                .collect(Collectors.toList());
    }

    @Test
    void admin_createsAnEnrolmentCode_andRevokesATablet() {
        steps.signIn(school.admin());
        assertThat(browser.getCurrentUrl()).endsWith("/console/staff");
        assertThat(browser.findElements(By.cssSelector("nav a"))).extracting(WebElement::getText)
                .containsExactly("Staff and devices", "School and term dates");
        screenshots.save(browser, "staff");

        steps.clickAndWait(By.xpath("//button[normalize-space()='Create an enrolment code']"));
        assertThat(steps.text(".code")).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(steps.text("main")).contains("Valid until");
        screenshots.save(browser, "enrolment-code");

        steps.open("/console/staff");
        steps.clickAndWait(By.xpath("//a[starts-with(normalize-space(), 'Revoke') and contains(., 'KS2 tablet')]"));
        assertThat(steps.text("main h1")).isEqualTo("Revoke KS2 tablet?");
        screenshots.save(browser, "revoke-device");
        steps.clickAndWait(By.cssSelector("button.button-danger"));

        assertThat(steps.text(".notice")).contains("The tablet was revoked.");
        WebElement row = browser.findElement(By.xpath("//tr[th[contains(., 'KS2 tablet')]]"));
        assertThat(row.getText()).contains("Revoked");
    }

    @Test
    void senco_addsAnInsetDay_andIsToldWhenItsDatesAreTheWrongWayRound() {
        steps.signIn(school.senco());
        steps.open("/console/school");
        assertThat(browser.findElement(By.id("term-0-label")).getAttribute("value")).isEqualTo("Autumn term");
        screenshots.save(browser, "school");

        browser.findElement(By.id("closure-1-label")).sendKeys("INSET day");
        steps.setDate("closure-1-start", "2026-11-20");
        steps.setDate("closure-1-end", "2026-11-19");
        steps.clickAndWait(By.xpath("//button[normalize-space()='Save']"));
        assertThat(steps.text(".error-summary")).contains("The last day of row 2 is before its first day.");
        screenshots.save(browser, "school-error");

        steps.setDate("closure-1-end", "2026-11-20");
        steps.clickAndWait(By.xpath("//button[normalize-space()='Save']"));
        assertThat(steps.text(".notice")).contains("School details and term dates saved.");
        assertThat(browser.findElement(By.id("closure-1-end")).getAttribute("value")).isEqualTo("2026-11-20");
    }

    @Test
    void teachingAssistant_isToldTheConsoleIsNotForThem() {
        steps.open("/console/sign-in");
        steps.fillSignIn(school.teachingAssistant(), TestAccounts.PASSWORD);

        assertThat(steps.text("main h1")).isEqualTo("The console is for the SENCO and admins");
        steps.open("/console/home");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in");
    }

    @Test
    void signOut_endsTheSession() {
        steps.signIn(school.senco());
        steps.clickAndWait(By.xpath("//button[normalize-space()='Sign out']"));

        assertThat(steps.text(".notice")).contains("You have signed out.");
        steps.open("/console/register");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in");
    }








}
