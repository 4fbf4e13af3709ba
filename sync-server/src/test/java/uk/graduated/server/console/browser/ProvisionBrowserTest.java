package uk.graduated.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.pdf.PdfReading;

/**
 * The provision map, impact and staff pages in a real headless Chromium against the demo school: the
 * SENCO walks from the provision map to an intervention and a pupil's costed map (downloading its PDF
 * and CSV), reads the impact page and the staff workload, and adds and changes a member of staff; an
 * admin is kept out of the SENCO's pages.
 */
class ProvisionBrowserTest {
    @TempDir
    static Path temp;
    static GraduatedServer server;
    static ConsoleTestSchool.Loaded school;
    static ChromeDriver browser;
    static BrowserSteps steps;
    static Screenshots screenshots;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Chromium.isInstalled(),
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
    void senco_walksFromTheProvisionMap_toAPupilsCostedMap_andDownloadsItsPdfAndCsv() throws Exception {
        steps.signIn(school.senco());
        steps.clickAndWait(By.linkText("Provision map"));
        assertThat(steps.text("main h1")).isEqualTo("Provision map");
        assertThat(browser.findElements(By.cssSelector(".provision-table tbody tr"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.findElements(By.cssSelector("table.weeks thead th"))).hasSizeGreaterThan(5);
        assertThat(steps.text("table.weeks tbody")).contains(" of ");
        screenshots.save(browser, "provision");
        Chromium.fitViewport(browser, 768, 1024);
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        Chromium.fitViewport(browser, 1280, 800);

        String name = browser.findElement(By.cssSelector(".provision-table tbody th a")).getText();
        steps.clickAndWait(By.cssSelector(".provision-table tbody th a"));
        assertThat(steps.text("main h1")).isEqualTo(name);
        assertThat(steps.text("#group-heading")).isEqualTo("Group");
        assertThat(browser.findElements(By.cssSelector("table.week-list tbody tr"))).isNotEmpty();
        screenshots.save(browser, "intervention");

        WebElement pupilLink = browser.findElement(By.cssSelector("#group-heading ~ .table-wrap tbody th a"));
        String pupil = pupilLink.getText();
        steps.clickAndWait(By.xpath("//a[starts-with(normalize-space(), 'Costed map')]"));
        assertThat(steps.text("main h1")).isEqualTo("Costed provision map");
        assertThat(steps.text(".lead")).contains(pupil);
        assertThat(steps.text("main table tbody")).contains(name);
        assertThat(steps.text("main table tfoot")).contains("£");
        screenshots.save(browser, "provision-pupil");

        HttpResponse<byte[]> pdf = download(By.linkText("Download PDF"));
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(PdfReading.pageCount(pdf.body())).isGreaterThanOrEqualTo(1);
        assertThat(PdfReading.text(pdf.body())).contains("Costed provision map").contains(pupil).contains(name);
        Files.write(temp.resolve("provision-map.pdf"), pdf.body());

        HttpResponse<byte[]> csv = download(By.linkText("Download CSV"));
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Cache-Control")).hasValue("no-store");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("Intervention")).contains(name, "Total");
    }

    @Test
    void senco_readsTheImpactPage_withItsChartAndSuggestions() {
        steps.signIn(school.senco());
        steps.clickAndWait(By.linkText("Impact"));

        assertThat(steps.text("main h1")).isEqualTo("Impact");
        assertThat(browser.findElements(By.cssSelector("figure.bar-chart svg rect"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.findElement(By.cssSelector("figure.bar-chart svg desc")).getAttribute("textContent"))
                .contains("Progress per £100");
        assertThat(steps.text("#measures-heading + dl")).contains("latest session rating");
        assertThat(steps.text(".recommendations")).containsAnyOf("Keep", "Change", "Stop");
        assertThat(browser.findElements(By.cssSelector("#areas-heading ~ .table-wrap tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        browser.executeScript("document.getElementById('chart-heading').scrollIntoView()");
        screenshots.save(browser, "impact");

        steps.open("/console/impact?period=term");
        assertThat(steps.text(".lead")).contains("Autumn term");
    }

    @Test
    void senco_seesTheWorkload_andAddsAndChangesAMemberOfStaff() {
        steps.signIn(school.senco());
        steps.open("/console/staff");
        assertThat(steps.text("#workload-heading")).isEqualTo("Intervention workload");
        assertThat(browser.findElements(By.cssSelector("#workload tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        browser.executeScript("document.getElementById('workload').scrollIntoView()");
        screenshots.save(browser, "staff-workload");

        steps.clickAndWait(By.linkText("Add a member of staff"));
        browser.findElement(By.id("email")).sendKeys("not-an-address");
        browser.findElement(By.id("pin")).sendKeys("1234");
        steps.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(steps.text(".error-summary")).contains("Name").contains("Email must look like").contains("Roles")
                .contains("PIN must not repeat one digit or count up or down by one");
        assertThat(browser.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        screenshots.save(browser, "staff-form");

        browser.findElement(By.id("displayName")).sendKeys("Mr Tremayne");
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("tremayne@example.org");
        browser.findElement(By.cssSelector("input[name=roles][value=teaching_assistant]")).click();
        browser.findElement(By.id("pin")).sendKeys("4827");
        steps.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(steps.text(".notice")).isEqualTo("The member of staff was added.");
        assertThat(row("Mr Tremayne").getText()).contains("Teaching assistant").contains("PIN set");

        steps.clickAndWait(row("Mr Tremayne").findElement(By.cssSelector("a[href$='/edit']")));
        WebElement nameField = browser.findElement(By.id("displayName"));
        nameField.clear();
        nameField.sendKeys("Mr Tremayne-Price");
        browser.findElement(By.cssSelector("input[name=active][value=no]")).click();
        steps.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(steps.text(".notice")).isEqualTo("The change was saved.");
        assertThat(row("Mr Tremayne-Price").getText()).contains("Deactivated");

        steps.clickAndWait(row("Mr Tremayne-Price").findElement(By.cssSelector("a[href$='/edit']")));
        assertThat(steps.text("main")).contains("Recent changes").contains("Deactivated").contains("PIN set").contains("Added")
                .contains("Name: Mr Tremayne → Mr Tremayne-Price");
    }

    @Test
    void admin_isKeptOutOfTheProvisionAndImpactPages() {
        steps.signIn(school.admin());
        assertThat(browser.findElements(By.cssSelector("nav a"))).extracting(WebElement::getText)
                .containsExactly("Staff and devices", "School and term dates");
        for (String path : List.of("/console/provision", "/console/impact")) {
            steps.open(path);
            assertThat(steps.text("main h1")).isEqualTo("Not available to your role");
        }
        steps.open("/console/staff");
        assertThat(browser.findElements(By.id("workload"))).isEmpty();
    }

    private WebElement row(String name) {
        return browser.findElement(By.xpath("//section[@id='staff']//tr[th[contains(., '" + name + "')]]"));
    }

    /** Fetches a link's target as the browser would, with its session cookie. */
    private HttpResponse<byte[]> download(By link) throws Exception {
        String href = browser.findElement(link).getAttribute("href");
        String cookie = browser.manage().getCookieNamed("graduated_console").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "graduated_console=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }





}
