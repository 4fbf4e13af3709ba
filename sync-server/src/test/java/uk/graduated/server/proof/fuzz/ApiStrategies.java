package uk.graduated.server.proof.fuzz;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.server.proof.ProofSchool;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.TestAccounts;

/** A strategy for every {@code /api/} route and {@code /health}, with the credentials each one serves. */
final class ApiStrategies {
    private ApiStrategies() {
    }

    static List<Strategy> all(ProofSchool proof, Random random) {
        SyncFixture f = proof.fixture;
        TestAccounts accounts = proof.accounts;
        String sencoConsole = accounts.consoleSession(f.senco);
        String sencoTablet = accounts.sessionOnDevice(f.senco, f.tablet);
        String taTablet = accounts.sessionOnDevice(f.ta, f.tablet);
        String adminConsole = accounts.consoleSession(proof.admin);
        Supplier<String> console = () -> sencoConsole;
        Supplier<String> tablet = () -> sencoTablet;
        Supplier<String> ta = () -> taTablet;
        Supplier<String> device = () -> f.tablet.token();
        Supplier<String> spareDevice = () -> proof.spareTablets.get(random.nextInt(proof.spareTablets.size())).token();
        Supplier<String> teacherId = () -> f.teacher.id().toString();
        Set<String> none = Set.of();

        List<Strategy> strategies = new ArrayList<>();
        strategies.add(new ApiRoute("GET", "/health", null, null, null, false, null, none, none, none, true));
        strategies.add(new ApiRoute("POST", "/api/v1/session/password", null, console, null, false,
                () -> json("{\"email\":\"" + f.senco.email() + "\",\"password\":\"not-the-password-at-all\"}"),
                Set.of("email", "password"), none, Set.of("email", "password"), false));
        strategies.add(new ApiRoute("POST", "/api/v1/session/pin", null, spareDevice, ta, true,
                () -> json("{\"staffId\":\"" + f.ta.id() + "\",\"pin\":\"9051\"}"),
                Set.of("staffId", "pin"), none, Set.of("pin"), false));
        strategies.add(new ApiRoute("POST", "/api/v1/session/end", null, tablet, device, false, null, none, none, none,
                false));
        strategies.add(new ApiRoute("POST", "/api/v1/enrol", null, console, null, true,
                () -> json("{\"enrolmentCode\":\"ABCD-2345\",\"deviceName\":\"Library tablet\",\"platform\":\"android\","
                        + "\"appVersion\":\"1.0.0\"}"),
                Set.of("enrolmentCode", "deviceName", "platform", "appVersion"), none,
                Set.of("enrolmentCode", "deviceName", "appVersion"), false));
        strategies.add(new ApiRoute("GET", "/api/v1/device", null, device, ta, true, null, none, none, none, true));
        strategies.add(new ApiRoute("POST", "/api/v1/enrolment-codes", null, console, ta, false, null, none, none, none,
                false));
        strategies.add(new ApiRoute("GET", "/api/v1/devices", null, console, ta, false, null, none, none, none, true));
        strategies.add(new ApiRoute("POST", "/api/v1/devices/{id}/revoke", () -> proof.spareTablets.get(0).id().toString(),
                console, ta, false, null, none, none, none, false));
        strategies.add(new ApiRoute("GET", "/api/v1/staff", null, console, ta, false, null, none, none, none, true));
        strategies.add(new ApiRoute("POST", "/api/v1/staff", null, console, ta, false, ApiStrategies::newStaff,
                Set.of("id", "displayName", "email", "roles"), none, Set.of("displayName", "email"), false));
        strategies.add(new ApiRoute("PATCH", "/api/v1/staff/{id}", teacherId, console, ta, false,
                () -> json("{\"displayName\":\"Mrs Pell\"}"), Set.of("displayName"), none, Set.of("displayName"), false));
        strategies.add(new ApiRoute("POST", "/api/v1/staff/{id}/pin", teacherId, console, ta, false,
                () -> json("{\"pin\":\"7305\"}"), Set.of("pin"), none, Set.of("pin"), false));
        strategies.add(new ApiRoute("POST", "/api/v1/staff/{id}/password", teacherId, () -> adminConsole, ta, false,
                () -> json("{\"password\":\"a-new-password-for-mrs-pell\"}"), Set.of("password"), none,
                Set.of("password"), false));
        strategies.add(new ApiRoute("POST", "/api/v1/sync/push", null, tablet, device, true, () -> push(proof),
                Set.of("protocolVersion", "deviceId", "mutations", "mutations[0]", "mutations[0].mutationId",
                        "mutations[0].deviceId", "mutations[0].entityType", "mutations[0].entityId",
                        "mutations[0].operation", "mutations[0].clientTime", "mutations[0].fields"),
                Set.of("mutations[0].fields"), Set.of("mutations[0].fields.legalFirstName", "mutations[0].fields.legalLastName",
                        "mutations[0].fields.className"),
                false));
        strategies.add(new ApiRoute("POST", "/api/v1/sync/pull", null, tablet, () -> adminConsole, true,
                () -> PullRequest.first().toJsonObject(), none, Set.of("cursor", "limit"), none, false));
        strategies.add(new PhotoUploadRoute(sencoTablet, taTablet));
        strategies.add(new ApiRoute("GET", "/api/v1/photos/{sha256}", () -> proof.photoSha256, tablet, ta, true, null,
                none, none, none, true));
        strategies.add(new ApiRoute("HEAD", "/api/v1/photos/{sha256}", () -> proof.photoSha256, tablet, ta, true, null,
                none, none, none, true));
        return strategies;
    }

    private static JsonObject newStaff() {
        UUID id = UUID.randomUUID();
        return json("{\"id\":\"" + id + "\",\"displayName\":\"Mr Okonjo\",\"email\":\"" + id
                + "@school.example.org\",\"roles\":[\"teacher\"],\"classes\":[\"Year 1\"]}");
    }

    /** A push creating a new pupil, as the SENCO's tablet would send it. */
    private static JsonObject push(ProofSchool proof) {
        SyncFixture f = proof.fixture;
        return json(SyncFixture.Mutations.pushBody(f.tablet.id(), SyncFixture.Mutations.create(EntityType.PUPIL,
                f.records.pupil(UUID.randomUUID(), "Oak"), f.tablet.id())));
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
