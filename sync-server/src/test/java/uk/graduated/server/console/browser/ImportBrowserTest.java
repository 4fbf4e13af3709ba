package uk.graduated.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.pupil.Upn;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.pdf.PdfReading;
import uk.graduated.server.demo.DemoStaff;
import uk.graduated.server.testing.TestAccounts;

/**
 * The SENCO imports pupils from an MIS export with one bad row, exports a leaving pupil's CTF SEN
 * section and transfer pack, and finds both in the audit log; an admin is kept out of those pages.
 * In a real headless Chromium against a real server holding the demo school.
 */
class ImportBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String GOOD_1 = Upn.withCheckLetter("801200126101").value();
    private static final String GOOD_2 = Upn.withCheckLetter("801200126102").value();
    private static final String BAD = Upn.withCheckLetter("801200126103").value().charAt(0) == 'A'
            ? "B801200126103" : "A801200126103";
    @TempDir
    static Path temp;
    static GraduatedServer server;
    static ConsoleTestSchool.Loaded school;
    static ChromeDriver browser;
    static Screenshots screenshots;
    static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Chromium.isInstalled(),
                "Chromium is not installed at /usr/bin/chromium, so the console browser tests are skipped"
                        + " (apt-get install chromium chromium-driver; CI installs them).");
        server = TestServers.startOnFreshDatabase(temp.resolve("data"));
        school = ConsoleTestSchool.load(server.database().jdbi());
        browser = Chromium.start(temp);
        downloads = Files.createDirectories(temp.resolve("downloads"));
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
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
    void senco_importsAFileWithOneBadRow_confirmsTheValidRows_andFindsThePupilsOnTheRegister() throws IOException {
        Path file = temp.resolve("mis-export.csv");
        Files.writeString(file, "\uFEFFUPN,Legal Forename,Legal Surname,DOB,Year,Reg Group,SEN Status,Primary Need,"
                + "Secondary Need,Pupil Premium,EAL\r\n"
                + GOOD_1 + ",Marisol,Quenby,04/10/2017,3,Ash,K,SPLD,,Y,N\r\n"
                + BAD + ",Odell,Farrant,12/02/2018,2,Oak,K,SLCN,,N,N\r\n"
                + GOOD_2 + ",Priya,Vantongeren,30/06/2018,2,Oak,E,ASD,SLCN,N,Y\r\n", StandardCharsets.UTF_8);
        signIn(school.senco());
        clickAndWait(By.linkText("Import"));
        assertThat(text("main h1")).isEqualTo("Import pupils from the MIS");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        clickAndWait(By.xpath("//button[normalize-space()='Check the file']"));

        assertThat(text("main h1")).isEqualTo("Check the import");
        WebElement errorRow = browser.findElement(By.cssSelector("tr.row-error"));
        assertThat(errorRow.getText()).contains("3", "Odell Farrant",
                "UPN check letter does not match the rest; check it was copied correctly");
        assertThat(text("#changes-heading + .table-wrap")).contains("Marisol Quenby", "Priya Vantongeren", "New pupil",
                "SEN provision: N (No SEN) → E (EHC plan)");
        screenshots.save(browser, "import-preview");
        assertThat(pupilsNamed("Quenby")).isZero();

        clickAndWait(By.xpath("//button[starts-with(normalize-space(), 'Import the valid rows')]"));

        assertThat(text("main h1")).isEqualTo("Import finished");
        assertThat(text(".tiles").replace('\n', ' ')).contains("2 pupils added", "1 row left out with errors");
        screenshots.save(browser, "import-done");
        clickAndWait(By.linkText("See the register"));
        browser.findElement(By.id("q")).sendKeys("Quenby");
        clickAndWait(By.xpath("//button[normalize-space()='Show pupils']"));
        assertThat(browser.findElements(By.cssSelector("tbody th a"))).extracting(WebElement::getText)
                .containsExactly("Marisol Quenby");
        assertThat(pupilsNamed("Farrant")).isZero();
    }

    @Test
    void senco_exportsATransferXmlAndPdf_andFindsBothInTheAuditLog() throws Exception {
        EhcPlan plan = school.demo().ehcPlans().get(0);
        Pupil pupil = school.demo().pupils().stream().filter(p -> p.id().equals(plan.pupilId())).findFirst()
                .orElseThrow();
        signIn(school.senco());
        open("/console/pupils/" + pupil.id());
        clickAndWait(By.linkText("Transfer records"));
        assertThat(text("main h1")).startsWith("Transfer records: ");
        screenshots.save(browser, "transfer");

        browser.findElement(By.xpath("//button[normalize-space()='Download the CTF SEN section']")).click();
        Path xml = downloaded(".xml");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(xml)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("SENhistory");
        assertThat(doc.getElementsByTagName("SENprovision").item(doc.getElementsByTagName("SENprovision").getLength() - 1)
                .getTextContent()).isEqualTo("E");

        browser.findElement(By.xpath("//button[normalize-space()='Download the transfer pack']")).click();
        Path pdf = downloaded(".pdf");
        assertThat(PdfReading.text(Files.readAllBytes(pdf))).contains("Confidential SEN transfer pack",
                pupil.legalLastName(), plan.localAuthority());

        open("/console/pupils/" + pupil.id());
        clickAndWait(By.linkText("Who has seen or changed this record"));
        assertThat(text("main h1")).isEqualTo("Audit");
        List<String> whats = browser.findElements(By.cssSelector("main tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(2).getText()).collect(Collectors.toList());
        assertThat(whats.subList(0, 4)).containsExactly("Viewed the pupil's record",
                "Downloaded the transfer pack (PDF)", "Exported the CTF SEN section (XML)", "Viewed the pupil's record");
        assertThat(text("main tbody tr")).contains(school.senco().member().displayName(), "127.0.0.1");
        screenshots.save(browser, "audit");
    }

    @Test
    void admin_isToldImportAndAuditAreNotForTheirRole() {
        signIn(school.admin());
        assertThat(browser.findElements(By.cssSelector("nav a"))).extracting(WebElement::getText)
                .doesNotContain("Import", "Audit");
        open("/console/import");
        assertThat(text("main h1")).isEqualTo("Not available to your role");
        open("/console/audit");
        assertThat(text("main h1")).isEqualTo("Not available to your role");
    }

    private long pupilsNamed(String surname) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from pupil where school_id = :s and legal_last_name = :n")
                .bind("s", school.schoolId()).bind("n", surname).mapTo(Long.class).one());
    }

    /** Waits for Chromium to finish saving a download ending in {@code suffix}, then hands it over. */
    private Path downloaded(String suffix) {
        return new WebDriverWait(browser, WAIT).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private void signIn(DemoStaff person) {
        open("/console/sign-in");
        browser.findElement(By.id("email")).sendKeys(person.member().email());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        clickAndWait(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/console/sign-in");
    }

    private void clickAndWait(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, WAIT).until(driver -> {
            try {
                page.isEnabled();
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

    private void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
