package uk.graduated.app.sync.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.GzipSource;
import okio.Okio;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import uk.graduated.app.data.db.LocalFixture;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.device.StaffSignOut;
import uk.graduated.app.data.remote.SessionEndClient;
import uk.graduated.app.data.remote.HttpSyncTransport;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.data.staff.StaffRepository;
import uk.graduated.app.sync.engine.Backoff;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.school.SchoolExamples;
import uk.graduated.model.school.StaffMemberJson;
import uk.graduated.model.session.SessionExamples;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.GoldenFixtures;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;

/** A whole background sync: Room, the engine and the HTTP transport against a scripted server. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class SyncRunnerTest {
    private static final String DEVICE_TOKEN = "gdv1.PJeLIV7qmnmglBCbA-jWeEKNOzH-t3iK1ox5ZaPcJjs";
    private static final String SESSION_TOKEN = "gss1.oibe7YVjvQOrxhAowvWXCk3HB9LdRHmYuOvgY7bJ620";

    private final LocalFixture f = new LocalFixture();
    private final DeviceCredentials credentials = new DeviceCredentials(RuntimeEnvironment.getApplication());
    private final MockWebServer server = new MockWebServer();
    private final ScriptedServer script = new ScriptedServer();
    private SyncRunner runner;

    @Before
    public void start() throws IOException {
        server.setDispatcher(script);
        server.start();
        String url = server.url("/").toString();
        credentials.saveEnrolment(url, f.ta.deviceId(), DEVICE_TOKEN);
        credentials.saveSession(f.ta.staffId(), SESSION_TOKEN, f.clock.now().plus(Duration.ofHours(4)));
        runner = new SyncRunner(f.db, credentials, new HttpSyncTransport(url,
                HttpSyncTransport.client(credentials, "1.0.0")), f.clock, new Backoff(new Random(1)));
    }

    @After
    public void stop() throws IOException {
        server.shutdown();
        f.close();
    }

    @Test
    public void aRunWithSomeoneSignedIn_pushesAndPullsTheirScope_whichBringsTheSignInList_withoutTheDeviceRound() {
        SessionLog logged = SessionExamples.sessionLog().build();
        new SessionRepository(f.db, f.writer, f.clock).logSession(logged);

        List<SyncResult> results = runner.runAll(() -> false);

        assertThat(results).extracting(SyncResult::scope).containsExactly(SyncScope.staff(f.ta.staffId()));
        assertThat(results).allMatch(SyncResult::succeeded);
        assertThat(script.devicePulls).isZero();
        assertThat(results.get(0).pushed()).isEqualTo(1);
        assertThat(script.pushed).flatExtracting(PushRequest::mutations).extracting(m -> m.entityId())
                .containsExactly(logged.id());
        assertThat(f.db.outbox().pendingCount()).isZero();
        assertThat(f.tables.require(EntityType.SESSION_LOG).serverVersion(logged.id())).isEqualTo(5001L);
        assertThat(new StaffRepository(f.db).signInList()).extracting(s -> s.displayName).containsExactly("Mr Pell");
        PullResponse golden = PullResponse.fromJson(GoldenFixtures.read("pull-response"));
        assertThat(f.tables.require(EntityType.SESSION_LOG).fields(golden.changes().get(0).entityId())).isNotNull();
        assertThat(new RoomCursorStore(f.db).cursor(SyncScope.staff(f.ta.staffId()))).isEqualTo("staff-end");
        assertThat(new RoomCursorStore(f.db).cursor(SyncScope.device())).isNull();
    }

    @Test
    public void aRunWithNobodySignedIn_pullsTheSignInListInTheDeviceRound() {
        credentials.endSession(f.ta.staffId());

        List<SyncResult> results = runner.runAll(() -> false);

        assertThat(results).extracting(SyncResult::scope).containsExactly(SyncScope.device());
        assertThat(results).allMatch(SyncResult::succeeded);
        assertThat(new StaffRepository(f.db).signInList()).extracting(s -> s.displayName).containsExactly("Mr Pell");
        assertThat(new RoomCursorStore(f.db).cursor(SyncScope.device())).isEqualTo("device-1");
    }

    @Test
    public void expiredSession_signsThePersonOut_keepsTheirChangesForNextTime_andTheDeviceRoundBringsTheSignInList() {
        script.sessionExpired = true;
        new SessionRepository(f.db, f.writer, f.clock).logSession(SessionExamples.sessionLog().build());

        List<SyncResult> results = runner.runAll(() -> false);

        assertThat(results).extracting(SyncResult::scope)
                .containsExactly(SyncScope.staff(f.ta.staffId()), SyncScope.device());
        assertThat(results.get(0).error().kind()).isEqualTo(SyncError.Kind.NEEDS_SIGN_IN);
        assertThat(results.get(1).succeeded()).isTrue();
        assertThat(credentials.signedIn(f.clock.now())).isEmpty();
        assertThat(f.db.outbox().pendingCount()).isEqualTo(1);
        assertThat(new StaffRepository(f.db).signInList()).extracting(s -> s.displayName).containsExactly("Mr Pell");
    }

    @Test
    public void aPersonsRoundTheServerCannotServe_endsTheRun_withoutTryingTheDeviceRound() {
        script.serverDown = true;

        List<SyncResult> results = runner.runAll(() -> false);

        assertThat(results).extracting(SyncResult::scope).containsExactly(SyncScope.staff(f.ta.staffId()));
        assertThat(results.get(0).error().kind()).isEqualTo(SyncError.Kind.SERVER_BUSY);
        assertThat(script.devicePulls).isZero();
    }

    @Test
    public void aPersonWhoSignedOutWithChangesWaiting_isSignedOutAtTheServer_onceTheyAreSent() {
        new SessionRepository(f.db, f.writer, f.clock).logSession(SessionExamples.sessionLog().build());
        StaffSignOut signOut = new StaffSignOut(credentials, f.db.outbox(), new SessionEndClient(credentials::serverUrl));

        assertThat(signOut.signOut(f.ta.staffId())).isTrue();
        assertThat(script.ended).isEmpty();
        assertThat(credentials.tokenFor(SyncScope.staff(f.ta.staffId()))).isEqualTo(SESSION_TOKEN);

        runner.runAll(() -> false);

        assertThat(script.pushed).hasSize(1);
        assertThat(script.ended).containsExactly("Bearer " + SESSION_TOKEN);
        assertThat(credentials.tokenFor(SyncScope.staff(f.ta.staffId()))).isNull();
        assertThat(credentials.signingOut()).isEmpty();
        assertThat(credentials.signedIn(f.clock.now())).isEmpty();
    }

    @Test
    public void aSignedOutPersonsSessionThatExpiredMeanwhile_isForgotten_andTheirChangeWaitsForTheirNextSignIn() {
        new SessionRepository(f.db, f.writer, f.clock).logSession(SessionExamples.sessionLog().build());
        new StaffSignOut(credentials, f.db.outbox(), new SessionEndClient(credentials::serverUrl)).signOut(f.ta.staffId());
        script.sessionExpired = true;

        runner.runAll(() -> false);

        // The session had expired meanwhile: nothing to end, the change waits for their next sign-in.
        assertThat(script.ended).isEmpty();
        assertThat(credentials.tokenFor(SyncScope.staff(f.ta.staffId()))).isNull();
        assertThat(f.db.outbox().pendingCount()).isEqualTo(1);
    }

    @Test
    public void aTabletNotEnrolled_doesNothing() {
        credentials.clear();

        assertThat(runner.runAll(() -> false)).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }

    /** The server's side, enough for a run: the device scope, one person's pushes and pull pages. */
    private static final class ScriptedServer extends Dispatcher {
        final List<PushRequest> pushed = new ArrayList<>();
        /** The Authorization headers of sign-outs, in order. */
        final List<String> ended = new ArrayList<>();
        boolean sessionExpired;
        /** Every request answers 503, as a busy or stopping server does. */
        boolean serverDown;
        int devicePulls;
        private int personalPulls;
        private long version = 5000;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            boolean device = ("Bearer " + DEVICE_TOKEN).equals(request.getHeader("Authorization"));
            if (serverDown) {
                return new MockResponse().setResponseCode(503).setHeader("Retry-After", "5")
                        .setBody(ErrorBody.of(ErrorCode.UNAVAILABLE, "req-3").toJson());
            }
            if ("/api/v1/sync/pull".equals(request.getPath())) {
                if (device) {
                    devicePulls++;
                }
                return ok(device ? devicePage() : personalPage());
            }
            if ("/api/v1/sync/push".equals(request.getPath())) {
                if (sessionExpired) {
                    return new MockResponse().setResponseCode(401)
                            .setBody(ErrorBody.of(ErrorCode.SESSION_EXPIRED, "req-1").toJson());
                }
                PushRequest push = PushRequest.fromJson(gunzip(request));
                pushed.add(push);
                List<MutationOutcome> outcomes = new ArrayList<>();
                push.mutations().forEach(m -> outcomes.add(new MutationOutcome.Applied(m.mutationId(), ++version)));
                return ok(new PushResponse(outcomes).toJson());
            }
            if ("/api/v1/session/end".equals(request.getPath())) {
                ended.add(request.getHeader("Authorization"));
                return new MockResponse().setResponseCode(204);
            }
            return new MockResponse().setResponseCode(404).setBody(ErrorBody.of(ErrorCode.NOT_FOUND, "req-2").toJson());
        }

        private static String devicePage() {
            return new PullResponse(List.of(staff()), List.of(), "device-1", false, false, null).toJson();
        }

        /** The golden page, then the staff: a person's scope holds the school and its staff too. */
        private String personalPage() {
            return personalPulls++ == 0 ? GoldenFixtures.read("pull-response")
                    : new PullResponse(List.of(staff()), List.of(), "staff-end", false, false, null).toJson();
        }

        private static Change staff() {
            return new Change(EntityType.STAFF, SchoolExamples.TA_ID, 4000, false,
                    StaffMemberJson.toJson(SchoolExamples.teachingAssistant()));
        }

        private static MockResponse ok(String json) {
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(json);
        }

        private static String gunzip(RecordedRequest request) {
            try {
                return Okio.buffer(new GzipSource(request.getBody())).readUtf8();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
