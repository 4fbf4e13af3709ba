package uk.graduated.server.proof.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.proof.fuzz.ConsoleCookies.Serves;

/** A strategy for every console route: its pages, and its forms with the fields that break them. */
final class ConsoleStrategies {
    private static final List<String> BAD_TYPES = List.of("", "XYZ", "slcn ", "SLCN'--", "<script>", "x".repeat(100_000),
            "ASD\u0000", "SLCN,ASD", "0");
    private static final List<String> BAD_RANKS = List.of("", "3", "0", "-1", "1e9", "one", "\uFF12", "1.0", " 2x",
            "99999999999999999999");
    static final List<String> BAD_DATES = List.of("", "2026-13-45", "tomorrow", "2099-01-01", "+999999999-12-31",
            "0000-00-00", "2026/11/23", "23-11-2026", "x".repeat(10_000), "2026-02-30");
    private static final List<String> BAD_EMAILS = List.of("", "not-an-address", "x".repeat(10_000) + "@example.org",
            "' OR '1'='1", "<script>alert(1)</script>@example.org", "a@b\u0000c.org");
    private static final List<String> BAD_PASSWORDS = List.of("", "short", "x".repeat(300), "' OR '1'='1' --",
            "</textarea><script>alert(1)</script>");

    private ConsoleStrategies() {
    }

    static List<Strategy> all(ProofSchool proof) {
        Supplier<String> pupil = () -> proof.pupilId.toString();
        Supplier<String> need = () -> proof.needId.toString();
        Supplier<String> device = () -> proof.spareTablets.get(1).id().toString();
        ConsoleCookies page = ConsoleCookies.of(proof, Serves.SENCO_RECORD);
        List<Strategy> strategies = new ArrayList<>();
        for (String path : List.of("/console", "/console/static/console.css", "/console/sign-in", "/console/home",
                "/console/register", "/console/staff", "/console/*")) {
            strategies.add(page(path, List.of(), page));
        }
        strategies.add(page("/console/pupils/{id}", List.of(pupil), page));
        strategies.add(page("/console/pupils/{id}/needs/new", List.of(pupil), page));
        strategies.add(page("/console/pupils/{id}/needs/{needId}/edit", List.of(pupil, need), page));
        strategies.add(page("/console/devices/{id}/revoke", List.of(device), page));

        Map<String, List<String>> signInFields = new LinkedHashMap<>();
        signInFields.put("email", BAD_EMAILS);
        signInFields.put("password", BAD_PASSWORDS);
        strategies.add(new ConsoleRoute("POST", "/console/sign-in", List.of(),
                Map.of("email", proof.school.senco().email(), "password", "not-the-password-at-all"), signInFields,
                ConsoleCookies.of(proof, Serves.SIGN_IN)));
        strategies.add(new ConsoleRoute("POST", "/console/sign-out", List.of(), Map.of(), Map.of(),
                ConsoleCookies.of(proof, Serves.ANY_CONSOLE_SESSION)));
        strategies.add(new ConsoleRoute("POST", "/console/enrolment-codes", List.of(), Map.of(), Map.of(),
                ConsoleCookies.of(proof, Serves.STAFF_SECTION)));
        strategies.add(new ConsoleRoute("POST", "/console/devices/{id}/revoke", List.of(device), Map.of(), Map.of(),
                ConsoleCookies.of(proof, Serves.STAFF_SECTION_RECORD)));
        strategies.addAll(ConsoleFeatureStrategies.all(proof, page));

        Map<String, List<String>> addFields = new LinkedHashMap<>();
        addFields.put("type", BAD_TYPES);
        addFields.put("rank", BAD_RANKS);
        addFields.put("startDate", BAD_DATES);
        strategies.add(new ConsoleRoute("POST", "/console/pupils/{id}/needs", List.of(pupil),
                Map.of("type", "SEMH", "rank", "2", "startDate", "2026-09-14"), addFields, page));
        Map<String, List<String>> changeFields = new LinkedHashMap<>();
        changeFields.put("type", BAD_TYPES);
        changeFields.put("rank", BAD_RANKS);
        strategies.add(new ConsoleRoute("POST", "/console/pupils/{id}/needs/{needId}", List.of(pupil, need),
                Map.of("type", "SEMH", "rank", "1"), changeFields, page));
        return strategies;
    }

    static ConsoleRoute page(String path, List<Supplier<String>> ids, ConsoleCookies cookies) {
        return new ConsoleRoute("GET", path, ids, null, Map.of(), cookies);
    }
}
