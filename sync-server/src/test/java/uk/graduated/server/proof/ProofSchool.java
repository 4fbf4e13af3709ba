package uk.graduated.server.proof;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import uk.graduated.model.school.Role;
import uk.graduated.model.sen.ProvisionEntry;
import uk.graduated.model.sen.ProvisionEntryJson;
import uk.graduated.model.sen.SenProvision;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.auth.SessionKind;
import uk.graduated.server.auth.SessionStore;
import uk.graduated.server.auth.Tokens;
import uk.graduated.server.sync.SchoolRecords;
import uk.graduated.server.sync.SyncFixture;
import uk.graduated.server.testing.ApiClient;
import uk.graduated.server.testing.TestAccounts;

/**
 * The people, tablets, tokens and records the proof tests call the server with: one school with
 * every role, a second school, a revoked tablet, an expired session, and a pupil of the Rainbow Room
 * on SEN support with a need, a group run by the teaching assistant and an observation with a photo.
 */
public final class ProofSchool implements AutoCloseable {
    public final SyncFixture fixture;
    public final TestAccounts accounts;
    public final TestAccounts.School school;
    public final TestAccounts.Person admin;
    public final TestAccounts.School otherSchool;
    public final TestAccounts.Device otherTablet;
    public final TestAccounts.Device revokedTablet;
    /** Extra tablets of the school, so PIN sign-in attempts spread over more than one tablet's rate limit. */
    public final List<TestAccounts.Device> spareTablets = new ArrayList<>();
    public final UUID pupilId = UUID.randomUUID();
    public final UUID needId = UUID.randomUUID();
    public final UUID interventionId = UUID.randomUUID();
    public final String photoSha256;

    private ProofSchool(SyncFixture fixture) {
        this.fixture = fixture;
        this.accounts = fixture.accounts;
        this.school = fixture.school;
        this.admin = accounts.createStaff(school, "Mrs Lindqvist", Role.ADMIN);
        this.otherSchool = accounts.createSchool("Hollowmere Infant School");
        this.otherTablet = accounts.enrolDevice(otherSchool, "Hollowmere tablet");
        this.revokedTablet = accounts.enrolDevice(school, "Lost tablet");
        for (int i = 0; i < 8; i++) {
            spareTablets.add(accounts.enrolDevice(school, "Spare tablet " + (i + 1)));
        }
        SchoolRecords records = fixture.records;
        fixture.create(EntityType.PUPIL, records.pupil(pupilId, SyncFixture.ROOM));
        fixture.create(EntityType.SEN_PROVISION, ProvisionEntryJson.toJson(new ProvisionEntry(UUID.randomUUID(), pupilId,
                SenProvision.K, LocalDate.of(2025, 9, 8), null)));
        fixture.create(EntityType.SEN_NEED, records.need(needId, pupilId));
        fixture.create(EntityType.INTERVENTION, records.intervention(interventionId, fixture.ta.id()));
        fixture.create(EntityType.GROUP_MEMBERSHIP, records.membership(UUID.randomUUID(), interventionId, pupilId, null));
        byte[] photo = new byte[2048];
        new Random(7).nextBytes(photo);
        this.photoSha256 = sha256(photo);
        uploadPhoto(photo);
        JsonObject observation = records.observation(UUID.randomUUID(), List.of(pupilId), fixture.senco.id(), photoSha256);
        fixture.create(EntityType.OBSERVATION, observation);
        String revoking = accounts.consoleSession(school.senco());
        new ApiClient(baseUrl()).withToken(revoking)
                .post("/api/v1/devices/" + revokedTablet.id() + "/revoke", "{}");
    }

    public static ProofSchool start(Path dataDir) {
        return new ProofSchool(SyncFixture.start(dataDir));
    }

    public String baseUrl() {
        return fixture.server.baseUrl();
    }

    public int port() {
        return Integer.parseInt(baseUrl().substring(baseUrl().lastIndexOf(':') + 1));
    }

    /** A session of {@code person} that expired an hour ago. */
    public String expiredSession(TestAccounts.Person person, TestAccounts.Device device) {
        String token = device == null ? accounts.consoleSession(person) : accounts.sessionOnDevice(person, device);
        fixture.jdbi().useHandle(h -> h.createUpdate(
                        "update staff_session set expires_at = now() - interval '1 hour' where token_hash = :hash")
                .bind("hash", Tokens.sha256(token)).execute());
        return token;
    }

    /** A session of someone on the revoked tablet, opened before it was revoked. */
    public String sessionOnRevokedTablet() {
        return fixture.jdbi().inTransaction(h -> SessionStore.open(h, school.id(),
                school.senco().id(), revokedTablet.id(), SessionKind.DEVICE,
                Instant.now())).token();
    }

    private void uploadPhoto(byte[] photo) {
        String token = accounts.sessionOnDevice(school.senco(), fixture.tablet);
        Request request = new Request.Builder().url(baseUrl() + "/api/v1/photos/" + photoSha256)
                .header("Graduated-Protocol", "1").header("Authorization", "Bearer " + token)
                .put(RequestBody.create(photo, MediaType.get("image/jpeg"))).build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            if (response.code() != 201) {
                throw new IllegalStateException("photo upload: " + response.code() + " " + response.body().string());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        fixture.close();
    }
}
