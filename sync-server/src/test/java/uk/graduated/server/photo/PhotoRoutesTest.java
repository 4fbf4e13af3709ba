package uk.graduated.server.photo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.TestAccounts;

/** Resumable, content-addressed photo uploads and scoped downloads over HTTP (protocol section 9). */
class PhotoRoutesTest {
    private static final OkHttpClient CLIENT = new OkHttpClient();
    private static SyncFixture fixture;
    private static Path dataDir;
    private static String practitioner;
    private static String ta;

    @BeforeAll
    static void start(@TempDir Path dir) {
        dataDir = dir;
        fixture = SyncFixture.start(dir);
        practitioner = fixture.accounts.sessionOnDevice(fixture.practitioner, fixture.tablet);
        ta = fixture.accounts.sessionOnDevice(fixture.ta, fixture.tablet);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void upload_resumedAfterALostReply_completesOnceWith201_andIsStoredByItsHash() {
        byte[] photo = bytes(300_000, 1);
        String sha = sha256(photo);
        int n = photo.length;

        Answer empty = put(practitioner, sha, "bytes */" + n, new byte[0]);
        Answer first = put(practitioner, sha, "bytes 0-99999/" + n, Arrays.copyOfRange(photo, 0, 100_000));
        Answer gap = put(practitioner, sha, "bytes 200000-299999/" + n, Arrays.copyOfRange(photo, 200_000, n));
        Answer firstAgain = put(practitioner, sha, "bytes 0-99999/" + n, Arrays.copyOfRange(photo, 0, 100_000));
        Answer rest = put(practitioner, sha, "bytes 50000-" + (n - 1) + "/" + n, Arrays.copyOfRange(photo, 50_000, n));
        Answer wholeAgain = put(practitioner, sha, null, photo);

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("received").getAsLong()).isZero();
        assertThat(first.json().get("received").getAsLong()).isEqualTo(100_000);
        assertThat(gap.status()).isEqualTo(409);
        assertThat(gap.json().getAsJsonObject("error").get("code").getAsString()).isEqualTo("upload_offset_mismatch");
        assertThat(firstAgain.json().get("received").getAsLong()).as("a resent chunk is harmless").isEqualTo(100_000);
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.json().get("complete").getAsBoolean()).isTrue();
        assertThat(wholeAgain.status()).isEqualTo(200);
        assertThat(wholeAgain.json().get("complete").getAsBoolean()).isTrue();
        assertThat(dataDir.resolve("photos").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha))
                .hasBinaryContent(photo);
    }

    @Test
    void upload_whoseBytesDoNotHashToItsAddress_isDiscardedAndRefused() {
        byte[] photo = bytes(5_000, 2);
        String wrong = sha256(bytes(5_000, 3));

        Answer refused = put(practitioner, wrong, null, photo);
        Answer status = put(practitioner, wrong, "bytes */5000", new byte[0]);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getAsJsonObject("error").get("code").getAsString()).isEqualTo("photo_hash_mismatch");
        assertThat(status.json().get("received").getAsLong()).isZero();
    }

    @Test
    void download_isServedOnlyToPeopleWhoSeeARecordReferringToIt() throws IOException {
        byte[] photo = bytes(20_000, 4);
        String sha = sha256(photo);
        assertThat(put(practitioner, sha, null, photo).status()).isEqualTo(201);
        UUID child = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(child, SyncFixture.ROOM));
        TestAccounts.School otherSchool = fixture.accounts.createSchool("Fernhill Primary School");
        String otherSenco = fixture.accounts.sessionOnDevice(otherSchool.senco(),
                fixture.accounts.enrolDevice(otherSchool, "Office tablet"));

        int beforeAnyRecord = get(practitioner, sha).code();
        fixture.create(EntityType.OBSERVATION, fixture.records.observation(UUID.randomUUID(), List.of(child),
                fixture.practitioner.id(), sha));

        try (Response seen = get(practitioner, sha)) {
            assertThat(seen.code()).isEqualTo(200);
            assertThat(seen.body().bytes()).isEqualTo(photo);
            assertThat(seen.header("ETag")).isEqualTo("\"" + sha + "\"");
            assertThat(seen.header("Content-Type")).isEqualTo("image/jpeg");
            assertThat(seen.header("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
        }
        assertThat(beforeAnyRecord).isEqualTo(404);
        assertThat(get(ta, sha).code()).as("a teaching assistant sees no observations").isEqualTo(404);
        assertThat(get(otherSenco, sha).code()).as("another school").isEqualTo(404);
        assertThat(get(practitioner, "..%2F..%2Fpgdata").code()).isEqualTo(404);
    }

    @Test
    void upload_refusals_sayWhy() {
        byte[] photo = bytes(1_000, 5);
        String sha = sha256(photo);

        assertThat(put(practitioner, sha, "bytes 0-999/15728641", photo).status()).isEqualTo(413);
        assertThat(put(practitioner, sha, null, photo, "text/plain").status()).isEqualTo(415);
        assertThat(put(ta, sha, null, photo).status()).as("a teaching assistant adds no photos").isEqualTo(403);
        assertThat(put(practitioner, sha.toUpperCase(), null, photo).status()).isEqualTo(400);
        assertThat(put(practitioner, sha, "bytes 0-1999/1000", photo).status()).isEqualTo(400);
        assertThat(put(practitioner, sha, "bytes 0-499/1000", photo).status()).as("body longer than the range")
                .isEqualTo(400);
    }

    private record Answer(int status, JsonObject json) {
    }

    private static Answer put(String token, String sha, String range, byte[] body) {
        return put(token, sha, range, body, "image/jpeg");
    }

    private static Answer put(String token, String sha, String range, byte[] body, String contentType) {
        Request.Builder request = new Request.Builder().url(fixture.server.baseUrl() + "/api/v1/photos/" + sha)
                .header("Graduated-Protocol", "1")
                .header("Authorization", "Bearer " + token)
                .put(RequestBody.create(body, MediaType.get(contentType)));
        if (range != null) {
            request.header("Content-Range", range);
        }
        try (Response response = CLIENT.newCall(request.build()).execute()) {
            return new Answer(response.code(), JsonParser.parseString(response.body().string()).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response get(String token, String sha) {
        try {
            return CLIENT.newCall(new Request.Builder().url(fixture.server.baseUrl() + "/api/v1/photos/" + sha)
                    .header("Graduated-Protocol", "1").header("Authorization", "Bearer " + token).get().build()).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
