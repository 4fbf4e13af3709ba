package uk.graduated.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.pdf.PdfReading;
import uk.graduated.server.console.web.SessionCookies;

/**
 * The reviews calendar, due list, annual review pack and reports in a real headless Chromium against a
 * real server holding the demo school. Downloads are fetched with the browser's session cookie, as the
 * browser itself would, and read back.
 */
class ReviewsBrowserTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    @TempDir
    static Path temp;
    static GraduatedServer server;
    static ConsoleTestSchool.Loaded school;
    static ChromeDriver browser;
    static BrowserSteps steps;
    static Screenshots screenshots;
    private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();

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
    void senco_opensTheCalendar_movesAMonth_andOpensTheDueList() {
        steps.signIn(school.senco());
        steps.clickAndWait(By.linkText("Reviews"));
        YearMonth month = YearMonth.now(LONDON);
        assertThat(steps.text("#month-heading")).isEqualTo(monthTitle(month));
        assertThat(browser.findElement(By.cssSelector("td[aria-current=date] .day-number")).getText())
                .isEqualTo(String.valueOf(LocalDate.now(LONDON).getDayOfMonth()));
        assertThat(browser.findElements(By.cssSelector("table.calendar tbody tr"))).hasSizeBetween(4, 6);
        browser.executeScript("document.querySelector('.month-nav').scrollIntoView()");
        screenshots.save(browser, "reviews-calendar");

        steps.clickAndWait(By.cssSelector("a[rel=next]"));
        assertThat(steps.text("#month-heading")).isEqualTo(monthTitle(month.plusMonths(1)));
        steps.clickAndWait(By.linkText("Show as a list"));
        assertThat(browser.getCurrentUrl()).contains("view=list");
        steps.clickAndWait(By.cssSelector("a[rel=prev]"));
        assertThat(steps.text("#month-heading")).isEqualTo(monthTitle(month));

        steps.clickAndWait(By.linkText("Due list"));
        assertThat(steps.text("#overdue-heading")).startsWith("Overdue");
        assertThat(steps.text("#upcoming-heading")).startsWith("Due by");
        assertThat(steps.text("#rules-heading + ul")).contains("at least 14 days (2 weeks) before the meeting");
        assertThat(browser.findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
        Chromium.fitViewport(browser, 768, 1024);
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        Chromium.fitViewport(browser, 1280, 800);
        screenshots.save(browser, "reviews-due");
    }

    @Test
    void senco_downloadsAPupilsAnnualReviewPack_fromTheDueList() throws IOException {
        steps.signIn(school.senco());
        steps.open("/console/reviews/due?weeks=12");
        WebElement row = browser.findElement(By.cssSelector("main tbody tr"));
        String name = row.findElement(By.cssSelector("th a")).getText();
        String href = row.findElement(By.cssSelector("a[href$='annual-review.pdf']")).getAttribute("href");

        byte[] pdf = download(href, "application/pdf");

        Files.write(temp.resolve("annual-review.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfReading.text(pdf)).contains("Annual review pack: " + name, "Pupil's views", "Agreed outcomes");
        String pupilId = href.replaceAll(".*/pupils/([^/]+)/annual-review.pdf", "$1");
        int logged = server.database().jdbi().withHandle(h -> h.createQuery("""
                        select count(*) from access_log
                        where school_id = :school and staff_id = :staff and pupil_id = cast(:pupil as uuid)""")
                .bind("school", school.schoolId()).bind("staff", school.senco().member().id()).bind("pupil", pupilId)
                .mapTo(Integer.class).one());
        assertThat(logged).as("the download is in the access log").isEqualTo(1);
    }

    @Test
    void senco_opensReports_andDownloadsTheGovernorsSummary_whichNamesNoPupil() throws IOException {
        steps.signIn(school.senco());
        steps.clickAndWait(By.linkText("Reports"));
        assertThat(steps.text("main h1")).isEqualTo("Reports");
        assertThat(steps.text("#roll-heading")).isEqualTo("Pupils with SEN");
        assertThat(browser.findElements(By.cssSelector("figure.sen-chart svg rect.bar"))).isNotEmpty();
        screenshots.save(browser, "reports");
        String href = browser.findElement(By.linkText("Governors' summary (PDF)")).getAttribute("href");

        byte[] pdf = download(href, "application/pdf");

        Files.write(temp.resolve("governors.pdf"), pdf);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("Termly SEN summary for governors", school.demo().school().name());
        for (Pupil pupil : school.demo().pupils()) {
            assertThat(text).doesNotContain(pupil.legalFirstName() + " " + pupil.legalLastName());
        }

        steps.clickAndWait(By.linkText("Census counts"));
        assertThat(steps.text("main table caption")).startsWith("Pupils by SEN provision and need type");
        String csv = new String(download(browser.findElement(By.linkText("Download CSV")).getAttribute("href"),
                "text/csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Census date,SEN provision,Need rank,Need type code,Need type,Pupils");
    }

    @Test
    void admin_isToldReviewsAndReportsAreNotForTheirRole() {
        steps.signIn(school.admin());
        assertThat(browser.findElements(By.linkText("Reviews"))).isEmpty();

        steps.open("/console/reviews");
        assertThat(steps.text("main h1")).isEqualTo("Not available to your role");
        steps.open("/console/reports");
        assertThat(steps.text("main h1")).isEqualTo("Not available to your role");
    }

    /** Fetches {@code href} with the browser's session cookie, checks the answer is a download of that type. */
    private byte[] download(String href, String type) throws IOException {
        String cookie = browser.manage().getCookieNamed(SessionCookies.SESSION).getValue();
        Request request = new Request.Builder().url(href).header("Cookie", SessionCookies.SESSION + "=" + cookie).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith(type);
            assertThat(response.header("Content-Disposition")).startsWith("attachment;");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            return response.body().bytes();
        }
    }

    private static String monthTitle(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(month);
    }




}
