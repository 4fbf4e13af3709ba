package uk.graduated.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import uk.graduated.model.json.JsonFields;

class GoldenFixturesTest {
    /** How each fixture is read and written again. */
    static final Map<String, Function<String, JsonObject>> CODECS = Map.ofEntries(
            Map.entry("push-request", json -> PushRequest.fromJson(json).toJsonObject()),
            Map.entry("push-response", json -> PushResponse.fromJson(json).toJsonObject()),
            Map.entry("pull-request-first", json -> PullRequest.fromJson(json).toJsonObject()),
            Map.entry("pull-request", json -> PullRequest.fromJson(json).toJsonObject()),
            Map.entry("pull-response", json -> PullResponse.fromJson(json).toJsonObject()),
            Map.entry("pull-response-resync", json -> PullResponse.fromJson(json).toJsonObject()),
            Map.entry("error-validation", json -> ErrorBody.fromJson(json).toJsonObject()),
            Map.entry("error-upgrade-required", json -> ErrorBody.fromJson(json).toJsonObject()),
            Map.entry("error-device-revoked", json -> ErrorBody.fromJson(json).toJsonObject()),
            Map.entry("device-status", json -> DeviceStatus.fromJson(json).toJsonObject()),
            Map.entry("enrol-request", json -> EnrolRequest.fromJson(json).toJsonObject()),
            Map.entry("enrol-response", json -> EnrolResponse.fromJson(json).toJsonObject()),
            Map.entry("pin-sign-in-request", json -> PinSignInRequest.fromJson(json).toJsonObject()),
            Map.entry("session-response", json -> SessionResponse.fromJson(json).toJsonObject()),
            Map.entry("photo-upload-status", json -> PhotoUploadStatus.fromJson(json).toJsonObject()));

    static final List<String> NAMES = GoldenFixtures.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void fixture_parses_andReserialisesToTheSameJsonTree(String name) {
        String json = GoldenFixtures.read(name);

        JsonObject rewritten = CODECS.get(name).apply(json);

        assertThat(rewritten).isEqualTo(JsonFields.parseObject(json));
    }

    @Test
    void everyFixtureFile_isListed_andHasACodec() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenFixtures.class.getResource("/golden").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                    .collect(Collectors.toList());
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(NAMES);
        }
        assertThat(CODECS.keySet()).containsExactlyInAnyOrderElementsOf(NAMES);
    }

    @Test
    void pushResponseFixture_answersThePushRequestFixture() {
        PushRequest request = PushRequest.fromJson(GoldenFixtures.read("push-request"));
        PushResponse response = PushResponse.fromJson(GoldenFixtures.read("push-response"));

        assertThat(response.answers(request)).isTrue();
        assertThat(response.outcomes()).extracting(MutationOutcome::status).contains(
                MutationOutcome.Status.APPLIED, MutationOutcome.Status.REJECTED, MutationOutcome.Status.MERGED);
        assertThat(request.mutations()).extracting(Mutation::operation).contains(Operation.DELETE);
    }

    @Test
    void pushResponseFixture_resolvesConflictsByTheLongTextRule() {
        PushRequest request = PushRequest.fromJson(GoldenFixtures.read("push-request"));
        PushResponse response = PushResponse.fromJson(GoldenFixtures.read("push-response"));

        for (int i = 0; i < response.outcomes().size(); i++) {
            if (response.outcomes().get(i) instanceof MutationOutcome.Merged merged) {
                JsonObject sent = request.mutations().get(i).fields();
                for (FieldResolution r : merged.resolutions()) {
                    assertThat(sent.has(r.field())).as(r.field()).isTrue();
                    assertThat(FieldResolution.resolve(r.otherValue(), sent.get(r.field()))).as(r.field())
                            .isEqualTo(r.resolution());
                }
            }
        }
    }

    @Test
    void pullResponseFixture_showsChangesATombstoneAndRemovals() {
        PullResponse page = PullResponse.fromJson(GoldenFixtures.read("pull-response"));

        assertThat(page.changes()).anyMatch(Change::deleted).anyMatch(c -> !c.deleted());
        assertThat(page.removals()).isNotEmpty();
        assertThat(page.hasMore()).isTrue();
        assertThat(PullResponse.fromJson(GoldenFixtures.read("pull-response-resync")).mustResync()).isTrue();
    }

    @Test
    void fixtures_areWrittenInTheirCanonicalPrettyForm() {
        for (String name : NAMES) {
            String json = GoldenFixtures.read(name);
            assertThat(json).as(name).isEqualTo(uk.graduated.model.json.JsonText.pretty(JsonFields.parseObject(json)) + "\n");
        }
    }
}
