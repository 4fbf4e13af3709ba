package uk.graduated.server.proof.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import uk.graduated.model.school.Role;
import uk.graduated.server.proof.ImportUploads;
import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.proof.fuzz.ConsoleCookies.Serves;
import uk.graduated.server.testing.TestAccounts;

/**
 * Strategies for the console's later pages: school details and term dates, the staff forms (with an
 * admin's changes to a SENCO's account, which must be refused), provision and impact, transfer
 * documents, the MIS import and the audit.
 */
final class ConsoleFeatureStrategies {
    private static final List<String> BAD_NAMES = List.of("", "x".repeat(10_000), "Mr\u0000Nobody", " ");
    private static final List<String> BAD_ROLES = List.of("", "headteacher", "senco'--", "<script>", "x".repeat(1_000),
            "teacher\u0000");
    /** Not {@code <script>...@example.org}: it is a well-formed address, shown escaped. */
    private static final List<String> BAD_EMAILS = List.of("", "not-an-address", "x".repeat(10_000) + "@example.org",
            "' OR '1'='1", "a@b\u0000c.org", "two@@example.org", "spaces in@example.org");
    private static final List<String> BAD_SCHOOL_NAMES = List.of("", " ", "x".repeat(201), "St Bede\u0000s");
    private static final List<String> BAD_PHASES = List.of("", "university", "PRIMARY'--", "<b>primary</b>", "primary\u0000");
    private static final List<String> BAD_LABELS = List.of("", "x".repeat(81), "\u0000");
    private static final List<String> BAD_TERM_ENDS = List.of("", "2026-09-01", "2028-01-01", "2026-02-30", "x".repeat(5_000),
            "18/12/2026", "2026-12-18\u0000");
    /** Anything but {@code valid} asks for every row, which a file with errors cannot give. */
    private static final List<String> BAD_IMPORT_CHOICES = List.of("", "all", "VALID", "valid ", "valid\u0000",
            "<script>", "x".repeat(10_000), "all' OR '1'='1");

    private ConsoleFeatureStrategies() {
    }

    static List<Strategy> all(ProofSchool proof, ConsoleCookies sencoRecord) {
        List<Strategy> strategies = new ArrayList<>();
        Supplier<String> pupil = () -> proof.pupilId.toString();
        for (String path : List.of("/console/school", "/console/staff/new", "/console/provision", "/console/provision.csv",
                "/console/impact", "/console/import", "/console/import/template.csv", "/console/audit",
                "/console/reviews", "/console/reviews/due", "/console/reports", "/console/reports/governors.pdf",
                "/console/reports/census", "/console/reports/census.csv")) {
            strategies.add(ConsoleStrategies.page(path, List.of(), sencoRecord));
        }
        strategies.add(ConsoleStrategies.page("/console/provision/{id}", List.of(() -> proof.interventionId.toString()),
                sencoRecord));
        for (String path : List.of("/console/pupils/{id}/provision-map", "/console/pupils/{id}/provision-map.csv",
                "/console/pupils/{id}/provision-map.pdf", "/console/pupils/{id}/transfer",
                "/console/pupils/{id}/annual-review.pdf")) {
            strategies.add(ConsoleStrategies.page(path, List.of(pupil), sencoRecord));
        }
        strategies.add(ConsoleStrategies.page("/console/staff/{id}/edit", List.of(() -> proof.fixture.ta.id().toString()),
                sencoRecord));
        for (String document : List.of("ctf.xml", "pack.pdf")) {
            strategies.add(new ConsoleRoute("POST", "/console/pupils/{id}/transfer/" + document, List.of(pupil), Map.of(),
                    Map.of(), sencoRecord));
        }
        strategies.add(schoolForm(proof));
        strategies.addAll(staffForms(proof));
        strategies.addAll(imports(proof));
        return strategies;
    }

    private static Strategy schoolForm(ProofSchool proof) {
        Map<String, String> form = Map.of("name", proof.school.name(), "urn", "", "phase", "primary",
                "term-0-label", "Autumn term", "term-0-start", "2026-09-03", "term-0-end", "2026-12-18");
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("name", BAD_SCHOOL_NAMES);
        bad.put("phase", BAD_PHASES);
        bad.put("term-0-label", BAD_LABELS);
        bad.put("term-0-start", ConsoleStrategies.BAD_DATES);
        bad.put("term-0-end", BAD_TERM_ENDS);
        return new ConsoleRoute("POST", "/console/school", List.of(), form, bad, ConsoleCookies.of(proof, Serves.STAFF_SECTION));
    }

    private static List<Strategy> staffForms(ProofSchool proof) {
        TestAccounts.Person ta = proof.fixture.ta;
        TestAccounts.Person senco = proof.school.senco();
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("displayName", BAD_NAMES);
        bad.put("email", BAD_EMAILS);
        bad.put("roles", BAD_ROLES);
        Strategy add = new ConsoleRoute("POST", "/console/staff", List.of(), Map.of("displayName", "Mr Nakamura", "email",
                "nakamura@school.example.org", "roles", "teacher", "classes", "Year 1"), bad,
                ConsoleCookies.of(proof, Serves.STAFF_SECTION));
        Strategy change = new ConsoleRoute("POST", "/console/staff/{id}", List.of(() -> ta.id().toString()),
                Map.of("displayName", ta.displayName(), "email", ta.email(), "roles", "teaching_assistant", "classes",
                        "Rainbow Room", "active", "yes"), bad, ConsoleCookies.of(proof, Serves.STAFF_SECTION_RECORD));
        // Each of these is a change that would be fine on anyone else's account.
        Map<String, List<String>> onASenco = new LinkedHashMap<>();
        onASenco.put("displayName", List.of("Mrs Renamed"));
        onASenco.put("email", List.of("renamed@school.example.org"));
        onASenco.put("roles", List.of("admin", "teacher"));
        onASenco.put("active", List.of("no"));
        onASenco.put("pin", List.of("7305"));
        Strategy adminOnASenco = new ConsoleRoute("POST", "/console/staff/{id}", List.of(() -> senco.id().toString()),
                Map.of("displayName", senco.displayName(), "email", senco.email(), "roles", Role.SENCO.code(),
                        "classes", "", "active", "yes"), onASenco, ConsoleCookies.of(proof, Serves.ADMIN_ON_A_SENCO));
        return List.of(add, change, adminOnASenco);
    }

    /**
     * The import's routes. Its ids belong to one session of the SENCO ({@code importing}); uploads through
     * the fuzzed upload route are another SENCO's, so they never push these out of the SENCO's few pending ones.
     */
    private static List<Strategy> imports(ProofSchool proof) {
        ImportUploads uploads = new ImportUploads(proof.port());
        String importing = proof.accounts.consoleSession(proof.school.senco());
        String withErrors = uploads.upload(importing, ImportUploads.onlyRowsWithErrors());
        String imported = uploads.upload(importing, ImportUploads.onePupil("Szymanska-" + UUID.randomUUID().toString().substring(0, 8)));
        uploads.confirm(importing, imported);
        ConsoleCookies ofTheUpload = ConsoleCookies.of(proof, Serves.SENCO_RECORD, importing);
        TestAccounts.Person uploader = proof.accounts.createStaff(proof.school, "Mr Okafor", Role.SENCO);
        List<Strategy> strategies = new ArrayList<>();
        strategies.add(new ImportUploadRoute(ConsoleCookies.of(proof, Serves.SENCO_SECTION,
                proof.accounts.consoleSession(uploader))));
        strategies.add(ConsoleStrategies.page("/console/import/{id}", List.of(() -> withErrors), ofTheUpload));
        strategies.add(ConsoleStrategies.page("/console/import/{id}/done", List.of(() -> imported), ofTheUpload));
        strategies.add(new SentAlone(new ConsoleRoute("POST", "/console/import/{id}", List.of(() -> withErrors),
                Map.of("rows", "all"), Map.of("rows", BAD_IMPORT_CHOICES), ofTheUpload)));
        return strategies;
    }
}
