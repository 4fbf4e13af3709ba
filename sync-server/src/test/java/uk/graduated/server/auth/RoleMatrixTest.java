package uk.graduated.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/**
 * The endpoint rows of the role matrix in {@code docs/security.md}, cell by cell, over real HTTP.
 * "Another school" calls with the same kind of token from a second school, on ids of the first:
 * it must get 404 (or 401 pin_invalid for a PIN), never 403, so no id of the first school is confirmed.
 */
class RoleMatrixTest {
    enum Caller { SENCO, TEACHING_ASSISTANT, EARLY_YEARS_PRACTITIONER, TEACHER, ADMIN, DEVICE, ANOTHER_SCHOOL,
        REVOKED_DEVICE, NO_TOKEN }

    /** Whether an endpoint is called with a device token or a person's session (for the last three columns). */
    enum Needs { DEVICE_TOKEN, PERSON }

    /** One row: what to send, with which token, and the status each caller gets. */
    record Row(String name, Needs needs, BiFunction<ApiClient, Caller, ApiClient.Reply> call, Map<Caller, Integer> expected) {
    }

    @TempDir
    static Path dataDir;
    static GraduatedServer server;
    static TestAccounts accounts;
    static ApiClient api;
    static TestAccounts.School school;
    static TestAccounts.School otherSchool;
    static TestAccounts.Device tablet;
    static TestAccounts.Device otherTablet;
    static TestAccounts.Device revokedTablet;
    static final Map<Caller, TestAccounts.Person> people = new EnumMap<>(Caller.class);

    @BeforeAll
    static void start() {
        server = TestServers.startOnFreshDatabase(dataDir);
        accounts = new TestAccounts(server.database());
        api = new ApiClient(server.baseUrl());
        school = accounts.createSchool("Larkspur Vale Primary School");
        otherSchool = accounts.createSchool("Hollowmere Infant School");
        tablet = accounts.enrolDevice(school, "Rainbow Room tablet");
        otherTablet = accounts.enrolDevice(otherSchool, "Hollowmere tablet");
        revokedTablet = accounts.enrolDevice(school, "Lost tablet");
        people.put(Caller.SENCO, school.senco());
        people.put(Caller.TEACHING_ASSISTANT, accounts.createStaff(school, "Mr Adeyemi", Role.TEACHING_ASSISTANT));
        people.put(Caller.EARLY_YEARS_PRACTITIONER, accounts.createStaff(school, "Ms Rowe",
                Set.of(Role.EARLY_YEARS_PRACTITIONER), List.of("Rainbow Room")));
        people.put(Caller.TEACHER, accounts.createStaff(school, "Mr Brennan", Set.of(Role.TEACHER), List.of("Year 2")));
        people.put(Caller.ADMIN, accounts.createStaff(school, "Mrs Lindqvist", Role.ADMIN));
        people.put(Caller.ANOTHER_SCHOOL, otherSchool.senco());
        people.put(Caller.REVOKED_DEVICE, accounts.createStaff(school, "Ms Achterberg", Role.SENCO));
        api.withToken(accounts.consoleSession(school.senco())).post("/api/v1/devices/" + revokedTablet.id() + "/revoke", "{}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (Caller caller : Caller.values()) {
                int expected = row.expected().get(caller);
                tests.add(DynamicTest.dynamicTest(row.name() + " as " + caller + " -> " + expected, () -> {
                    ApiClient.Reply reply = row.call().apply(client(caller, row.needs()), caller);
                    assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
                    if (caller == Caller.REVOKED_DEVICE) {
                        assertThat(reply.errorCode()).isEqualTo("device_revoked");
                        assertThat(reply.json().getAsJsonObject("error").getAsJsonObject("device").get("wipe")
                                .getAsBoolean()).isTrue();
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static List<Row> rows() {
        return List.of(
                new Row("POST /api/v1/session/pin", Needs.DEVICE_TOKEN,
                        (client, caller) -> client.post("/api/v1/session/pin", "{\"staffId\":\""
                                + people.get(Caller.TEACHING_ASSISTANT).id() + "\",\"pin\":\"" + TestAccounts.PIN + "\"}"),
                        cells(403, 403, 403, 403, 403, 200, 401, 403, 401)),
                new Row("GET /api/v1/device", Needs.DEVICE_TOKEN,
                        (client, caller) -> client.get("/api/v1/device"),
                        cells(403, 403, 403, 403, 403, 200, 200, 403, 401)),
                new Row("POST /api/v1/session/end", Needs.PERSON,
                        (client, caller) -> client.post("/api/v1/session/end", "{}"),
                        cells(204, 204, 204, 204, 204, 403, 204, 403, 401)),
                new Row("POST /api/v1/enrolment-codes", Needs.PERSON,
                        (client, caller) -> client.post("/api/v1/enrolment-codes", "{}"),
                        cells(201, 403, 403, 403, 201, 403, 201, 403, 401)),
                new Row("GET /api/v1/devices", Needs.PERSON,
                        (client, caller) -> client.get("/api/v1/devices"),
                        cells(200, 403, 403, 403, 200, 403, 200, 403, 401)),
                new Row("POST /api/v1/devices/{id}/revoke", Needs.PERSON,
                        (client, caller) -> client.post("/api/v1/devices/" + accounts.enrolDevice(school, "Spare").id()
                                + "/revoke", "{}"),
                        cells(200, 403, 403, 403, 200, 403, 404, 403, 401)),
                new Row("GET /api/v1/staff", Needs.PERSON,
                        (client, caller) -> client.get("/api/v1/staff"),
                        cells(200, 403, 403, 403, 200, 403, 200, 403, 401)),
                new Row("POST /api/v1/staff", Needs.PERSON,
                        (client, caller) -> client.post("/api/v1/staff", newTeacher()),
                        cells(201, 403, 403, 403, 201, 403, 201, 403, 401)),
                new Row("PATCH /api/v1/staff/{id}", Needs.PERSON,
                        (client, caller) -> client.patch("/api/v1/staff/" + newColleague().id(), "{\"classes\":[\"Year 1\"]}"),
                        cells(200, 403, 403, 403, 200, 403, 404, 403, 401)),
                new Row("POST /api/v1/staff/{id}/pin (someone else's)", Needs.PERSON,
                        (client, caller) -> client.post("/api/v1/staff/" + newColleague().id() + "/pin", "{\"pin\":\"7305\"}"),
                        cells(204, 403, 403, 403, 204, 403, 404, 403, 401)),
                new Row("POST /api/v1/staff/{id}/pin (own)", Needs.PERSON,
                        (client, caller) -> client.post("/api/v1/staff/" + ownId(caller) + "/pin", "{\"pin\":\"4821\"}"),
                        cells(204, 204, 204, 204, 204, 403, 204, 403, 401)),
                new Row("POST /api/v1/staff/{id}/password (someone else's)", Needs.PERSON,
                        (client, caller) -> client.post("/api/v1/staff/" + newColleague().id() + "/password",
                                "{\"password\":\"a-first-password-for-them\"}"),
                        cells(204, 403, 403, 403, 204, 403, 404, 403, 401)));
    }

    /** Status per caller, in the order of {@link Caller}. */
    private static Map<Caller, Integer> cells(int... statuses) {
        Map<Caller, Integer> cells = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            cells.put(caller, statuses[caller.ordinal()]);
        }
        return cells;
    }

    /** A fresh token per cell, so a sign-out in one cell does not change another. */
    private static ApiClient client(Caller caller, Needs needs) {
        return switch (caller) {
            case SENCO, ADMIN -> api.withToken(accounts.consoleSession(people.get(caller)));
            case TEACHING_ASSISTANT, EARLY_YEARS_PRACTITIONER, TEACHER ->
                    api.withToken(accounts.sessionOnDevice(people.get(caller), tablet));
            case DEVICE -> api.withToken(tablet.token());
            case ANOTHER_SCHOOL -> api.withToken(needs == Needs.DEVICE_TOKEN ? otherTablet.token()
                    : accounts.consoleSession(otherSchool.senco()));
            case REVOKED_DEVICE -> api.withToken(needs == Needs.DEVICE_TOKEN ? revokedTablet.token()
                    : accounts.sessionOnDevice(people.get(Caller.REVOKED_DEVICE), revokedTablet));
            case NO_TOKEN -> api;
        };
    }

    private static UUID ownId(Caller caller) {
        TestAccounts.Person person = people.get(caller);
        return person == null ? people.get(Caller.TEACHING_ASSISTANT).id() : person.id();
    }

    private static TestAccounts.Person newColleague() {
        return accounts.createStaff(school, "Ms Colleague", Role.TEACHING_ASSISTANT);
    }

    private static String newTeacher() {
        UUID id = UUID.randomUUID();
        return "{\"id\":\"" + id + "\",\"displayName\":\"Mr New\",\"email\":\"" + id
                + "@school.example.org\",\"roles\":[\"teacher\"],\"classes\":[\"Year 1\"]}";
    }
}
