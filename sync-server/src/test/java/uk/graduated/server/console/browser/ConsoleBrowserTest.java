package uk.graduated.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.demo.DemoStaff;
import uk.graduated.server.testing.TestAccounts;

/**
 * The console in a real headless Chromium against a real server holding the demo school: what a
 * SENCO and an admin do, keyboard-free but through the same pages and forms. Skipped, saying why,
 * only where Chromium is not installed.
 */
class ConsoleBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    static Path temp;
    static GraduatedServer server;
    static ConsoleTestSchool.Loaded school;
    static ChromeDriver browser;
    static Screenshots screenshots;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(Chromium.BROWSER),
                "Chromium is not installed at /usr/bin/chromium, so the console browser tests are skipped"
                        + " (apt-get install chromium chromium-driver; CI installs them).");
        server = TestServers.startOnFreshDatabase(temp.resolve("data"));
        school = ConsoleTestSchool.load(server.database().jdbi());
        browser = Chromium.start(temp);
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
        open("/console/sign-in");
        fillSignIn(school.senco(), "not-the-password");

        assertThat(browser.getCurrentUrl()).endsWith("/console/sign-in");
        assertThat(text(".error-summary")).contains("The email address or password is not correct.");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(school.senco().member().email());
    }

    @Test
    void senco_signsIn_andSeesWhatNeedsAttention() {
        open("/console/home");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in?next=%2Fconsole%2Fhome");
        screenshots.save(browser, "sign-in");

        fillSignIn(school.senco(), TestAccounts.PASSWORD);

        assertThat(browser.getCurrentUrl()).endsWith("/console/home");
        assertThat(text("header")).contains(school.demo().school().name()).contains("Helen Marchbank");
        assertThat(text("main h1")).isEqualTo("What needs attention");
        assertThat(text("#devices-heading + .table-wrap")).contains("Acorns room tablet");
        assertThat(text("#sync-heading").length()).isPositive();
        assertThat(text("main")).contains("You can log sessions only for the groups you run.");
        screenshots.save(browser, "home");
        browser.executeScript("document.getElementById('plan-reviews-heading').scrollIntoView()");
        screenshots.save(browser, "home-reviews");
    }

    @Test
    void senco_findsAPupilByName_andSeesTheirRatingsChart() {
        signIn(school.senco());
        open("/console/register");
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
        waitUntilReplaced(page);

        List<WebElement> found = browser.findElements(By.cssSelector("tbody th a"));
        assertThat(found).extracting(WebElement::getText).contains(name);
        WebElement link = found.stream().filter(a -> a.getText().equals(name)).findFirst().orElseThrow();
        clickAndWait(link);
        assertThat(text("main h1")).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("figure.chart svg polyline"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("figure.chart svg desc")).getAttribute("textContent"))
                .contains("ratings from");
        screenshots.save(browser, "pupil");
        browser.executeScript("document.getElementById('ratings-heading').scrollIntoView()");
        screenshots.save(browser, "pupil-ratings");
    }

    @Test
    void senco_addsASecondaryNeed_swapsTheRanks_andIsToldWhatIsWrongWithADuplicate() {
        signIn(school.senco());
        open("/console/register");
        WebElement row = browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(3).getText().isBlank())
                .findFirst().orElseThrow();
        String primary = row.findElements(By.tagName("td")).get(2).getText();
        clickAndWait(row.findElement(By.cssSelector("th a")));
        String other = primary.equals("SLCN") ? "ASD" : "SLCN";

        clickAndWait(By.linkText("Add a need"));
        new Select(browser.findElement(By.id("type"))).selectByValue(other);
        browser.findElement(By.cssSelector("input[name=rank][value='2']")).click();
        screenshots.save(browser, "need-form");
        clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(text(".notice")).isEqualTo("The need was added.");
        assertThat(needRanks()).containsExactly("1 " + primary, "2 " + other);

        clickAndWait(By.xpath("//a[contains(@href, '/edit') and contains(., '" + other + "')]"));
        browser.findElement(By.cssSelector("input[name=rank][value='1']")).click();
        clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(text(".notice")).isEqualTo("The need was changed.");
        assertThat(needRanks()).containsExactly("1 " + other, "2 " + primary);

        clickAndWait(By.linkText("Add a need"));
        new Select(browser.findElement(By.id("type"))).selectByValue(primary);
        clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(text(".error-summary")).contains(primary + " is already one of this pupil's open needs");
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
        signIn(school.admin());
        assertThat(browser.getCurrentUrl()).endsWith("/console/staff");
        assertThat(browser.findElements(By.cssSelector("nav a"))).extracting(WebElement::getText)
                .containsExactly("Staff and devices", "School and term dates");
        screenshots.save(browser, "staff");

        clickAndWait(By.xpath("//button[normalize-space()='Create an enrolment code']"));
        assertThat(text(".code")).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(text("main")).contains("Valid until");
        screenshots.save(browser, "enrolment-code");

        open("/console/staff");
        clickAndWait(By.xpath("//a[starts-with(normalize-space(), 'Revoke') and contains(., 'KS2 tablet')]"));
        assertThat(text("main h1")).isEqualTo("Revoke KS2 tablet?");
        screenshots.save(browser, "revoke-device");
        clickAndWait(By.cssSelector("button.button-danger"));

        assertThat(text(".notice")).contains("The tablet was revoked.");
        WebElement row = browser.findElement(By.xpath("//tr[th[contains(., 'KS2 tablet')]]"));
        assertThat(row.getText()).contains("Revoked");
    }

    @Test
    void senco_addsAnInsetDay_andIsToldWhenItsDatesAreTheWrongWayRound() {
        signIn(school.senco());
        open("/console/school");
        assertThat(browser.findElement(By.id("term-0-label")).getAttribute("value")).isEqualTo("Autumn term");
        screenshots.save(browser, "school");

        browser.findElement(By.id("closure-1-label")).sendKeys("INSET day");
        setDate("closure-1-start", "2026-11-20");
        setDate("closure-1-end", "2026-11-19");
        clickAndWait(By.xpath("//button[normalize-space()='Save']"));
        assertThat(text(".error-summary")).contains("The last day of row 2 is before its first day.");
        screenshots.save(browser, "school-error");

        setDate("closure-1-end", "2026-11-20");
        clickAndWait(By.xpath("//button[normalize-space()='Save']"));
        assertThat(text(".notice")).contains("School details and term dates saved.");
        assertThat(browser.findElement(By.id("closure-1-end")).getAttribute("value")).isEqualTo("2026-11-20");
    }

    @Test
    void teachingAssistant_isToldTheConsoleIsNotForThem() {
        open("/console/sign-in");
        fillSignIn(school.teachingAssistant(), TestAccounts.PASSWORD);

        assertThat(text("main h1")).isEqualTo("The console is for the SENCO and admins");
        open("/console/home");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in");
    }

    @Test
    void signOut_endsTheSession() {
        signIn(school.senco());
        clickAndWait(By.xpath("//button[normalize-space()='Sign out']"));

        assertThat(text(".notice")).contains("You have signed out.");
        open("/console/register");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in");
    }

    private void signIn(DemoStaff person) {
        open("/console/sign-in");
        fillSignIn(person, TestAccounts.PASSWORD);
        assertThat(browser.getCurrentUrl()).doesNotContain("/console/sign-in");
    }

    private void fillSignIn(DemoStaff person, String password) {
        browser.findElement(By.id("email")).sendKeys(person.member().email());
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("form.stack button[type=submit]"));
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old. */
    private void clickAndWait(By target) {
        clickAndWait(browser.findElement(target));
    }

    private void clickAndWait(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        waitUntilReplaced(page);
    }

    /**
     * Waits until the old page's root is gone. Chrome sometimes reports a node detached during
     * navigation as "does not belong to the document" instead of a stale element: both mean replaced.
     */
    private void waitUntilReplaced(WebElement oldPage) {
        new WebDriverWait(browser, WAIT).until(driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Date inputs take typed digits in the browser's locale order; setting the value is locale-free. */
    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
