package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.GoldenFixtures;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.model.validation.FieldError;
import uk.graduated.server.testing.ApiClient;

/** Push and pull over real HTTP: the request checks of protocol sections 1, 2, 6.2 and 12. */
class SyncRoutesTest {
    private static final String GOLDEN_DEVICE = "01a207a4-49a8-70c5-a6a3-a4506513270e";
    private static SyncFixture fixture;
    private static ApiClient senco;
    private static String sencoToken;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        sencoToken = fixture.accounts.sessionOnDevice(fixture.senco, fixture.tablet);
        senco = new ApiClient(fixture.server.baseUrl()).withToken(sencoToken);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void goldenPushRequest_fromThisTablet_answersEachMutationNamingTheFieldsAtFault() {
        JsonObject request = goldenPushFromThisTablet();
        fields(request, 0).addProperty("minutes", "thirty");

        ApiClient.Reply reply = senco.post("/api/v1/sync/push", request.toString());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Graduated-Protocol")).isEqualTo("1");
        PushResponse response = PushResponse.fromJson(reply.body());
        assertThat(response.outcomes()).hasSize(6).allMatch(o -> o instanceof MutationOutcome.Rejected);
        MutationOutcome.Rejected session = (MutationOutcome.Rejected) response.outcomes().get(0);
        assertThat(session.errors()).contains(new FieldError("fields.minutes", "wrong_type", "minutes must be a whole number"));
        MutationOutcome.Rejected contact = (MutationOutcome.Rejected) response.outcomes().get(5);
        assertThat(contact.errors()).contains(new FieldError("fields.pupilId", "not_found",
                "pupilId names a pupil this school does not have"));
    }

    @Test
    void pushWithABaseVersionOfZero_isRefusedWhole_namingTheMutation() {
        JsonObject request = goldenPushFromThisTablet();
        request.getAsJsonArray("mutations").get(2).getAsJsonObject().addProperty("baseVersion", 0);

        ApiClient.Reply reply = senco.post("/api/v1/sync/push", request.toString());

        assertThat(reply.status()).isEqualTo(400);
        JsonObject error = reply.json().getAsJsonObject("error");
        assertThat(error.get("code").getAsString()).isEqualTo("validation_failed");
        assertThat(error.get("field").getAsString()).isEqualTo("mutations[2].baseVersion");
        assertThat(error.get("message").getAsString()).isEqualTo("baseVersion must be at least 1");
    }

    @Test
    void pushWhoseProtocolVersionDiffersFromTheHeader_isAVersionMismatch() {
        JsonObject request = goldenPushFromThisTablet();
        request.addProperty("protocolVersion", 2);

        ApiClient.Reply reply = senco.post("/api/v1/sync/push", request.toString());

        assertThat(reply.status()).isEqualTo(400);
        JsonArray errors = reply.json().getAsJsonObject("error").getAsJsonArray("errors");
        assertThat(errors.get(0).getAsJsonObject().get("field").getAsString()).isEqualTo("protocolVersion");
        assertThat(errors.get(0).getAsJsonObject().get("code").getAsString()).isEqualTo("version_mismatch");
    }

    @Test
    void pushOfAnotherTabletsMutations_isForbidden() {
        String golden = GoldenFixtures.read("push-request");

        assertThat(senco.post("/api/v1/sync/push", golden).errorCode()).isEqualTo("forbidden");
    }

    @Test
    void pushWithADeviceToken_isForbidden_butItsPullIsServed() {
        ApiClient device = new ApiClient(fixture.server.baseUrl()).withToken(fixture.tablet.token());

        assertThat(device.post("/api/v1/sync/push", goldenPushFromThisTablet().toString()).status()).isEqualTo(403);
        assertThat(device.post("/api/v1/sync/pull", GoldenFixtures.read("pull-request-first")).status()).isEqualTo(200);
    }

    @Test
    void bodyThatIsNotJson_isRefusedAs415OrInvalidJson() {
        assertThat(senco.post("/api/v1/sync/pull", "{}", "text/plain").status()).isEqualTo(415);
        assertThat(senco.post("/api/v1/sync/pull", "{}", "application/json; charset=iso-8859-1").status()).isEqualTo(415);
        ApiClient.Reply broken = senco.post("/api/v1/sync/pull", "{\"cursor\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errorCode()).isEqualTo("invalid_json");
    }

    @Test
    void missingOrNewerProtocolHeader_isRefusedBeforeAnythingElse() throws IOException {
        try (Response missing = rawPull(null, "application/json",
                PullRequest.first().toJson().getBytes(StandardCharsets.UTF_8), null)) {
            assertThat(missing.code()).isEqualTo(400);
            assertThat(missing.body().string()).contains("protocol_version_required");
        }
        try (Response tooNew = rawPull("2", "application/json",
                PullRequest.first().toJson().getBytes(StandardCharsets.UTF_8), null)) {
            assertThat(tooNew.code()).isEqualTo(400);
            assertThat(tooNew.body().string()).contains("protocol_version_unsupported");
        }
    }

    @Test
    void gzipCompressedPull_isRead() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(PullRequest.first().toJson().getBytes(StandardCharsets.UTF_8));
        }

        try (Response reply = rawPull("1", "application/json; charset=utf-8", zipped.toByteArray(), "gzip")) {
            assertThat(reply.code()).isEqualTo(200);
            assertThat(reply.body().string()).contains("\"nextCursor\":\"v1.");
        }
    }

    @Test
    void gzipBodyThatExpandsPastTheLimit_isRefusedAs413() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(new byte[17 * 1024 * 1024]);
        }

        try (Response reply = rawPull("1", "application/json", zipped.toByteArray(), "gzip")) {
            assertThat(reply.code()).isEqualTo(413);
            assertThat(reply.body().string()).contains("payload_too_large");
        }
    }

    private static Response rawPull(String protocol, String contentType, byte[] body, String encoding) throws IOException {
        Request.Builder request = new Request.Builder().url(fixture.server.baseUrl() + "/api/v1/sync/pull")
                .header("Authorization", "Bearer " + sencoToken)
                .post(RequestBody.create(body, MediaType.get(contentType)));
        if (protocol != null) {
            request.header("Graduated-Protocol", protocol);
        }
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        return new OkHttpClient().newCall(request.build()).execute();
    }

    /** The golden push request as this test's tablet would send it: its own device id. */
    private static JsonObject goldenPushFromThisTablet() {
        String text = GoldenFixtures.read("push-request").replace(GOLDEN_DEVICE, fixture.tablet.id().toString());
        JsonObject request = JsonParser.parseString(text).getAsJsonObject();
        request.getAsJsonArray("mutations").forEach(m -> m.getAsJsonObject().addProperty("mutationId",
                UUID.randomUUID().toString()));
        return request;
    }

    private static JsonObject fields(JsonObject request, int mutation) {
        return request.getAsJsonArray("mutations").get(mutation).getAsJsonObject().getAsJsonObject("fields");
    }
}
