package uk.graduated.server.console.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.pupil.Pupil;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.ConsoleTestSchool;
import uk.graduated.server.console.audit.PupilAccessLog;
import uk.graduated.server.console.pdf.PdfReading;
import uk.graduated.server.console.pupil.PupilService;
import uk.graduated.server.db.Database;

/** A leaving pupil's CTF SEN section and transfer pack, from the demo school, read back as a receiver would. */
class TransferServiceTest {
    private static final PupilAccessLog.Origin ORIGIN = new PupilAccessLog.Origin("198.51.100.7", "Test browser 1.0");
    private static Database database;
    private static ConsoleTestSchool.Loaded school;
    private static TransferService transfers;
    private static Principal senco;
    private static Pupil pupil;

    @BeforeAll
    static void loadDemoSchool() throws IOException {
        database = Database.start(TestServers.config(Files.createTempDirectory("transfer-test"),
                TestPostgres.freshDatabase()));
        school = ConsoleTestSchool.load(database.jdbi());
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        transfers = new TransferService(new PupilService(database.jdbi(), clock),
                new PupilAccessLog(database.jdbi(), clock), clock);
        senco = new Principal(school.schoolId(), school.senco().member().id(), null, school.senco().member().roles());
        // A pupil with an EHC plan, SEN support before it, and contacts: the fullest record to transfer.
        pupil = school.demo().ehcPlans().stream().map(EhcPlan::pupilId)
                .filter(id -> school.demo().contacts().stream().anyMatch(c -> c.pupilId().equals(id)))
                .map(TransferServiceTest::pupilOf)
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void ctfSenSection_parsesBack_withEveryProvisionPeriodAndRankedNeed() throws Exception {
        TransferService.Document xml = transfers.ctfSenSection(senco, pupil.id(), ORIGIN);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.bytes()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("SENhistory");
        assertThat(doc.getXmlEncoding()).isEqualTo("UTF-8");
        List<String> sen = children(root, "SEN").stream()
                .map(e -> text(e, "StartDate") + " " + text(e, "SENprovision"))
                .collect(Collectors.toList());
        List<String> expectedSen = school.demo().provisions().stream().filter(p -> p.pupilId().equals(pupil.id()))
                .sorted(Comparator.comparing(ProvisionEntry::startDate))
                .map(p -> p.startDate() + " " + p.provision().censusCode()).collect(Collectors.toList());
        assertThat(sen).isEqualTo(expectedSen).last().asString().endsWith(" E");
        assertThat(sen).allMatch(s -> s.matches("\\d{4}-\\d{2}-\\d{2} [EKN]"));

        Element needs = children(root, "SENneeds").get(0);
        List<String> ranked = children(needs, "SENneed").stream()
                .map(e -> text(e, "NeedStartDate") + " " + text(e, "SENtypeRank") + " " + text(e, "SENtype")
                        + (children(e, "NeedEndDate").isEmpty() ? "" : " until " + text(e, "NeedEndDate")))
                .collect(Collectors.toList());
        List<String> expectedNeeds = school.demo().needs().stream().filter(n -> n.pupilId().equals(pupil.id()))
                .sorted(Comparator.comparing(RankedNeed::startDate).thenComparing(RankedNeed::rank))
                .map(n -> n.startDate() + " " + n.rank() + " " + n.type().censusCode()
                        + (n.endDate() == null ? "" : " until " + n.endDate()))
                .collect(Collectors.toList());
        assertThat(ranked).isNotEmpty().isEqualTo(expectedNeeds);
        assertThat(xml.fileName()).startsWith("ctf-sen-history-" + pupil.upn().value() + "-").endsWith(".xml");
        assertThat(accessLog("exported_ctf")).contains("198.51.100.7 Test browser 1.0");
    }

    @Test
    void ctfSenSection_escapesWhatItQuotes() throws Exception {
        byte[] xml = CtfSenHistory.xml("for O'Brien & <Sons> -- test", List.of(), List.of());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("SENhistory");
        assertThat(doc.getFirstChild().getNodeType()).isEqualTo(Node.COMMENT_NODE);
        assertThat(doc.getFirstChild().getTextContent()).contains("O'Brien & <Sons> - - test");
    }

    @Test
    void transferPack_holdsTheRecord_andIsAudited() throws IOException {
        TransferService.Document pack = transfers.transferPack(senco, pupil.id(), "Larkspur Vale Primary School", ORIGIN);

        String text = PdfReading.text(pack.bytes());
        assertThat(text).contains("Confidential SEN transfer pack", pupil.legalFirstName(), pupil.upn().value(),
                "SEN provision and needs", "EHC plan", "Support plan", "Contacts with parents, carers and agencies",
                "Larkspur Vale Primary School");
        String planLa = school.demo().ehcPlans().stream().filter(p -> p.pupilId().equals(pupil.id())).findFirst()
                .orElseThrow().localAuthority();
        assertThat(text).contains(planLa);
        String target = school.demo().targets().stream().filter(t -> t.pupilId().equals(pupil.id())).findFirst()
                .orElseThrow().outcome();
        assertThat(text.replaceAll("\\s+", " ")).contains(target.substring(0, Math.min(30, target.length())));
        assertThat(PdfReading.pageCount(pack.bytes())).isGreaterThanOrEqualTo(2);
        assertThat(accessLog("downloaded_transfer_pdf")).contains("198.51.100.7 Test browser 1.0");
        Path out = Path.of("target", "transfer-pack-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pack.bytes());
    }

    private static Pupil pupilOf(UUID id) {
        return school.demo().pupils().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> accessLog(String action) {
        Jdbi jdbi = database.jdbi();
        return jdbi.withHandle(h -> h.createQuery("select ip || ' ' || user_agent from access_log where school_id = :s "
                        + "and pupil_id = :p and action = :a and staff_id = :staff")
                .bind("s", school.schoolId()).bind("p", pupil.id()).bind("a", action)
                .bind("staff", senco.staffId()).mapTo(String.class).list());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
