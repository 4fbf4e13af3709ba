package uk.graduated.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static uk.graduated.app.ui.SchoolFixture.HOLLIS;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

import uk.graduated.app.R;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.feature.signin.SignInActivity;
import uk.graduated.app.feature.today.TodayActivity;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.session.SessionExamples;

/** "Sign out" in the app bar, through the real Activity: the session ends at the server and on the tablet. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class SignOutFlowTest {
    private static final String SESSION_TOKEN = "gss1.fixture-session-token-abcdefghijklmnopq";

    private final MockWebServer server = new MockWebServer();
    private SchoolFixture school;

    @Before
    public void start() {
        school = SchoolFixture.install();
        school.signIn(HOLLIS);
        school.services.credentials.saveSession(HOLLIS, SESSION_TOKEN, Instant.parse("2028-01-17T17:00:00Z"));
    }

    @After
    public void stop() throws IOException {
        server.shutdown();
        school.close();
    }

    @Test
    public void online_signOutEndsTheSessionAtTheServer_andForgetsTheToken() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));
        server.start();
        school.serverAt(server.url("/").toString());

        TodayActivity today = signOut();

        RecordedRequest end = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(end.getMethod()).isEqualTo("POST");
        assertThat(end.getPath()).isEqualTo("/api/v1/session/end");
        assertThat(end.getHeader("Authorization")).isEqualTo("Bearer " + SESSION_TOKEN);
        assertSignedOut(today);
    }

    @Test
    public void offline_signOutStillSignsOutAtOnce_andForgetsTheToken() {
        TodayActivity today = signOut();

        assertSignedOut(today);
    }

    @Test
    public void aSessionTheServerHadAlreadyEnded_isForgottenAllTheSame() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401));
        server.start();
        school.serverAt(server.url("/").toString());

        TodayActivity today = signOut();

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertSignedOut(today);
    }

    @Test
    public void withChangesWaiting_thePersonIsSignedOutAtOnce_butTheTokenStaysToSendThem() throws Exception {
        server.start();
        school.serverAt(server.url("/").toString());
        new SessionRepository(school.db, school.services.writer(), school.clock).logSession(SessionExamples.sessionLog()
                .deliveredBy(HOLLIS).deviceId(SchoolFixture.DEVICE).build());

        TodayActivity today = signOut();

        assertThat(server.getRequestCount()).isZero();
        assertThat(school.services.user()).isNull();
        assertThat(shadowOf(today).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(SignInActivity.class.getName());
        assertThat(school.services.credentials.tokenFor(SyncScope.staff(HOLLIS))).isEqualTo(SESSION_TOKEN);
        assertThat(school.services.credentials.signingOut()).containsExactly(HOLLIS);
    }

    private static TodayActivity signOut() {
        TodayActivity today = Robolectric.buildActivity(TodayActivity.class).setup().get();
        today.findViewById(R.id.app_bar_sign_out).performClick();
        return today;
    }

    private void assertSignedOut(TodayActivity today) {
        assertThat(school.services.user()).isNull();
        assertThat(school.services.lockedBy()).isNull();
        assertThat(school.services.credentials.tokenFor(SyncScope.staff(HOLLIS))).isNull();
        assertThat(school.services.credentials.signedIn(school.clock.now())).isEmpty();
        assertThat(shadowOf(today).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(SignInActivity.class.getName());
    }
}
