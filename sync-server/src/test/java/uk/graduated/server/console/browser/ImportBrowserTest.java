package uk.graduated.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The SENCO imports pupils from an MIS export with one bad row, exports a leaving pupil's CTF SEN
 * section and transfer pack, and finds both in the audit log; an admin is kept out of those pages.
 * In a real headless Chromium against a real server holding the demo school.
 */
class ImportBrowserTest {
    private static final String GOOD_1 = Upn.withCheckLetter("801200126101").value();
    private static final String GOOD_2 = Upn.withCheckLetter("801200126102").value();
    private static final String BAD = Upn.withCheckLetter("801200126103").value().charAt(0) == 'A'
            ? "B801200126103" : "A801200126103";
    @TempDir
    static Path temp;
    static GraduatedServer server;
    static ConsoleTestSchool.Loaded school;
    static ChromeDriver browser;
    static BrowserSteps steps;
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
        steps = new BrowserSteps(browser, server.baseUrl());
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
        steps.signIn(school.senco());
        steps.clickAndWait(By.linkText("Import"));
        assertThat(steps.text("main h1")).isEqualTo("Import pupils from the MIS");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        steps.clickAndWait(By.xpath("//button[normalize-space()='Check the file']"));

        assertThat(steps.text("main h1")).isEqualTo("Check the import");
        WebElement errorRow = browser.findElement(By.cssSelector("tr.row-error"));
        assertThat(errorRow.getText()).contains("3", "Odell Farrant",
                "UPN check letter does not match the rest; check it was copied correctly");
        assertThat(steps.text("#changes-heading + .table-wrap")).contains("Marisol Quenby", "Priya Vantongeren", "New pupil",
                "SEN provision: N (No SEN) → E (EHC plan)");
        screenshots.save(browser, "import-preview");
        assertThat(pupilsNamed("Quenby")).isZero();

        steps.clickAndWait(By.xpath("//button[starts-with(normalize-space(), 'Import the valid rows')]"));

        assertThat(steps.text("main h1")).isEqualTo("Import finished");
        assertThat(steps.text(".tiles").replace('\n', ' ')).contains("2 pupils added", "1 row left out with errors");
        screenshots.save(browser, "import-done");
        steps.clickAndWait(By.linkText("See the register"));
        browser.findElement(By.id("q")).sendKeys("Quenby");
        steps.clickAndWait(By.xpath("//button[normalize-space()='Show pupils']"));
        assertThat(browser.findElements(By.cssSelector("tbody th a"))).extracting(WebElement::getText)
                .containsExactly("Marisol Quenby");
        assertThat(pupilsNamed("Farrant")).isZero();
    }

    @Test
    void senco_exportsATransferXmlAndPdf_andFindsBothInTheAuditLog() throws Exception {
        EhcPlan plan = school.demo().ehcPlans().get(0);
        Pupil pupil = school.demo().pupils().stream().filter(p -> p.id().equals(plan.pupilId())).findFirst()
                .orElseThrow();
        steps.signIn(school.senco());
        steps.open("/console/pupils/" + pupil.id());
        steps.clickAndWait(By.linkText("Transfer records"));
        assertThat(steps.text("main h1")).startsWith("Transfer records: ");
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

        steps.open("/console/pupils/" + pupil.id());
        steps.clickAndWait(By.linkText("Who has seen or changed this record"));
        assertThat(steps.text("main h1")).isEqualTo("Audit");
        List<String> whats = browser.findElements(By.cssSelector("main tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(2).getText()).collect(Collectors.toList());
        assertThat(whats.subList(0, 4)).containsExactly("Viewed the pupil's record",
                "Downloaded the transfer pack (PDF)", "Exported the CTF SEN section (XML)", "Viewed the pupil's record");
        assertThat(steps.text("main tbody tr")).contains(school.senco().member().displayName(), "127.0.0.1");
        screenshots.save(browser, "audit");
    }

    @Test
    void admin_isToldImportAndAuditAreNotForTheirRole() {
        steps.signIn(school.admin());
        assertThat(browser.findElements(By.cssSelector("nav a"))).extracting(WebElement::getText)
                .doesNotContain("Import", "Audit");
        steps.open("/console/import");
        assertThat(steps.text("main h1")).isEqualTo("Not available to your role");
        steps.open("/console/audit");
        assertThat(steps.text("main h1")).isEqualTo("Not available to your role");
    }

    private long pupilsNamed(String surname) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from pupil where school_id = :s and legal_last_name = :n")
                .bind("s", school.schoolId()).bind("n", surname).mapTo(Long.class).one());
    }

    /** Waits for Chromium to finish saving a download ending in {@code suffix}, then hands it over. */
    private Path downloaded(String suffix) {
        return new WebDriverWait(browser, BrowserSteps.WAIT).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }




}
