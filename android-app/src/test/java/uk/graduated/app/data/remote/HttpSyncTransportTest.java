package uk.graduated.app.data.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import okio.GzipSink;
import okio.GzipSource;
import okio.Okio;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import uk.graduated.app.sync.engine.QueuedPhoto;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.sync.engine.TransportException;
import uk.graduated.model.sync.GoldenFixtures;
import uk.graduated.model.sync.PhotoUploadStatus;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/** The HTTP transport against a real socket, with the protocol's golden messages. */
public class HttpSyncTransportTest {
    private static final String DEVICE_TOKEN = "gdv1.PJeLIV7qmnmglBCbA-jWeEKNOzH-t3iK1ox5ZaPcJjs";
    private static final String SESSION_TOKEN = "gss1.oibe7YVjvQOrxhAowvWXCk3HB9LdRHmYuOvgY7bJ620";
    private static final SyncScope TA = SyncScope.staff(UUID.fromString("01a207a6-60d0-7892-923f-0824128b2f33"));
    private static final QueuedPhoto PHOTO = new QueuedPhoto(
            "ec146e7f25b5a9e92b070a3f1136830747c14f565eba669fdae319ea198f019e", "/photos/a.jpg", 1_843_200,
            "image/jpeg", 0);

    private final MockWebServer server = new MockWebServer();
    private HttpSyncTransport transport;

    @Before
    public void start() throws IOException {
        server.start();
        TokenSource tokens = scope -> scope.isDevice() ? DEVICE_TOKEN : SESSION_TOKEN;
        transport = new HttpSyncTransport(server.url("/").toString(),
                HttpSyncTransport.client(tokens, "1.2.3"));
    }

    @After
    public void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse json(int status, String fixture) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(GoldenFixtures.read(fixture));
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    private static String gunzip(Buffer body) throws IOException {
        return Okio.buffer(new GzipSource(body)).readUtf8();
    }

    @Test
    public void push_sendsTheCodecsJsonGzipped_withTheProtocolHeaders_andReadsTheOutcomes() throws Exception {
        server.enqueue(json(200, "push-response"));
        PushRequest request = PushRequest.fromJson(GoldenFixtures.read("push-request"));

        PushResponse response = transport.push(TA, request);

        assertThat(response).isEqualTo(PushResponse.fromJson(GoldenFixtures.read("push-response")));
        RecordedRequest sent = taken();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getPath()).isEqualTo("/api/v1/sync/push");
        assertThat(sent.getHeader("Graduated-Protocol")).isEqualTo("1");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + SESSION_TOKEN);
        assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(sent.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(sent.getHeader("User-Agent")).isEqualTo("Graduated-Android/1.2.3");
        assertThat(sent.getHeader("X-Request-Id")).as("the server gives each request its id").isNull();
        assertThat(gunzip(sent.getBody())).isEqualTo(request.toJson());
    }

    @Test
    public void pull_inTheDeviceScope_sendsTheDeviceToken_andItsSmallBodyUncompressed_andReadsThePage() throws Exception {
        server.enqueue(json(200, "pull-response"));
        PullRequest request = PullRequest.fromJson(GoldenFixtures.read("pull-request"));

        PullResponse page = transport.pull(SyncScope.device(), request);

        assertThat(page).isEqualTo(PullResponse.fromJson(GoldenFixtures.read("pull-response")));
        RecordedRequest sent = taken();
        assertThat(sent.getPath()).isEqualTo("/api/v1/sync/pull");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + DEVICE_TOKEN);
        assertThat(sent.getHeader("Content-Encoding")).as("gzip would make a cursor larger").isNull();
        assertThat(sent.getBody().readUtf8()).isEqualTo(request.toJson());
    }

    @Test
    public void gzippedAnswer_isUnpackedOnTheWay() throws Exception {
        Buffer gzipped = new Buffer();
        try (okio.BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeUtf8(GoldenFixtures.read("pull-response-resync"));
        }
        server.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip")
                .setHeader("Content-Type", "application/json").setBody(gzipped));

        PullResponse page = transport.pull(TA, PullRequest.first());

        assertThat(page.mustResync()).isTrue();
        assertThat(taken().getHeader("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    public void upgradeRequired_comesWithTheServersErrorBody() {
        server.enqueue(json(426, "error-upgrade-required"));

        assertThatThrownBy(() -> transport.pull(TA, PullRequest.first()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.status()).isEqualTo(426);
                    assertThat(e.code()).isEqualTo("upgrade_required");
                    assertThat(e.error().requestId()).isEqualTo("01a207dc-bae0-7b2f-ae05-319acb5c7427");
                });
    }

    @Test
    public void revokedDevice_comesWithItsWipeInstruction() {
        server.enqueue(json(403, "error-device-revoked"));

        assertThatThrownBy(() -> transport.pull(SyncScope.device(), PullRequest.first()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.code()).isEqualTo("device_revoked");
                    assertThat(e.error().device().wipe()).isTrue();
                });
    }

    @Test
    public void busyServer_passesOnRetryAfter() {
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "120"));

        assertThatThrownBy(() -> transport.pull(TA, PullRequest.first()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.error()).isNull();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                });
    }

    @Test
    public void proxyPageInsteadOfAnErrorBody_leavesTheStatusToDecide() {
        server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad gateway</html>"));

        assertThatThrownBy(() -> transport.pull(TA, PullRequest.first()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.error()).isNull();
                });
    }

    @Test
    public void successWithABodyOutsideTheProtocol_isUnreadable() {
        server.enqueue(new MockResponse().setBody("{\"outcomes\":[],\"extra\":1}"));

        assertThatThrownBy(() -> transport.push(TA, PushRequest.fromJson(GoldenFixtures.read("push-request"))))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isUnreadable()).isTrue());
    }

    @Test
    public void connectionCutMidAnswer_isAsGoodAsNoAnswer() {
        server.enqueue(json(200, "pull-response").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

        assertThatThrownBy(() -> transport.pull(TA, PullRequest.first()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isNoResponse()).isTrue());
    }

    @Test
    public void serverThatNeverAnswers_isNoAnswer() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

        assertThatThrownBy(() -> transport.pull(TA, PullRequest.first()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isNoResponse()).isTrue());
    }

    @Test
    public void photoStatus_isAnEmptyPutNamingTheTotal() throws Exception {
        server.enqueue(json(200, "photo-upload-status"));

        PhotoUploadStatus status = transport.photoStatus(TA, PHOTO);

        assertThat(status.received()).isEqualTo(524_288);
        RecordedRequest sent = taken();
        assertThat(sent.getMethod()).isEqualTo("PUT");
        assertThat(sent.getPath()).isEqualTo("/api/v1/photos/" + PHOTO.sha256());
        assertThat(sent.getHeader("Content-Range")).isEqualTo("bytes */1843200");
        assertThat(sent.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(sent.getHeader("Content-Encoding")).isNull();
        assertThat(sent.getBodySize()).isZero();
    }

    @Test
    public void photoChunk_travelsUncompressed_withItsByteRange() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody(new PhotoUploadStatus(PHOTO.sha256(),
                PHOTO.sizeBytes(), PHOTO.sizeBytes(), true).toJson()));
        byte[] chunk = new byte[1000];
        chunk[0] = 42;

        PhotoUploadStatus status = transport.uploadPhoto(TA, PHOTO, 1_842_200, chunk);

        assertThat(status.complete()).isTrue();
        RecordedRequest sent = taken();
        assertThat(sent.getHeader("Content-Range")).isEqualTo("bytes 1842200-1843199/1843200");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + SESSION_TOKEN);
        assertThat(sent.getBody().readByteArray()).isEqualTo(chunk);
    }
}
