package uk.graduated.server.proof.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.proof.RawHttp;
import uk.graduated.server.proof.access.Credentials.Via;

/**
 * Every route the server registers, for every caller of docs/security.md's role matrix (and an
 * expired session), over real HTTP: the status of each cell, as {@link AccessRows} lists it. A route
 * without a row fails {@link #everyRegisteredRoute_hasARow} by name.
 */
class EndpointRoleMatrixTest {
    @TempDir
    static Path dataDir;
    static ProofSchool proof;
    static Credentials credentials;
    static AccessRows rows;
    static final Map<String, Integer> asserted = new TreeMap<>();

    @BeforeAll
    static void start() {
        proof = ProofSchool.start(dataDir);
        credentials = new Credentials(proof);
        rows = new AccessRows(proof, credentials);
    }

    @AfterAll
    static void stop() {
        System.out.printf("Role matrix: %d cells asserted over %d rows: %s%n",
                asserted.values().stream().mapToInt(Integer::intValue).sum(), rows.all().size(), asserted);
        proof.close();
    }

    @Test
    void everyRegisteredRoute_hasARow() {
        Set<String> covered = rows.all().stream().map(AccessRows.Row::route).collect(Collectors.toSet());
        List<String> missing = proof.fixture.server.routes().stream().map(Object::toString)
                .filter(route -> !covered.contains(route)).toList();

        assertThat(missing).as("routes without a row in AccessRows (a SENCO page needs one line: sencoPage(\"GET /console/...\"))")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfEveryRow() {
        List<DynamicTest> tests = new ArrayList<>();
        RawHttp http = new RawHttp(proof.port());
        for (AccessRows.Row row : rows.all()) {
            for (Caller caller : Caller.values()) {
                String expected = row.expected(caller);
                if (expected.equals("-")) {
                    continue;
                }
                String name = row.route() + (row.label().isEmpty() ? "" : " (" + row.label() + ")") + " as " + caller
                        + " -> " + expected;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    RawHttp.Reply reply = http.send(request(row, caller));
                    assertThat(outcome(reply)).as(name + ": " + reply.text()).isEqualTo(expected);
                    synchronized (asserted) {
                        asserted.merge(expected, 1, Integer::sum);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static RawHttp.Request request(AccessRows.Row row, Caller caller) {
        String token = row.via() == Via.PUBLIC ? null : credentials.token(caller, row.via());
        RawHttp.Request request = row.call().build(caller, token);
        request = request.header("Graduated-Protocol", "1");
        if (token == null) {
            return request;
        }
        return row.via() == Via.COOKIE ? request.header("Cookie", "graduated_console=" + token)
                : request.header("Authorization", "Bearer " + token);
    }

    /** The status, with a redirect to sign-in written {@code S}. */
    private static String outcome(RawHttp.Reply reply) {
        String location = reply.header("Location");
        if (reply.status() == 303 && location != null && location.startsWith("/console/sign-in")) {
            return "S";
        }
        return Integer.toString(reply.status());
    }
}
