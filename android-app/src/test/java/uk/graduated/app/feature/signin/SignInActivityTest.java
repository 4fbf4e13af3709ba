package uk.graduated.app.feature.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static uk.graduated.app.ui.SchoolFixture.HOLLIS;

import android.content.Context;
import android.content.Intent;
import android.view.View;
import android.widget.GridView;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import uk.graduated.app.R;
import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.data.staff.StaffEntity;
import uk.graduated.app.feature.today.TodayActivity;
import uk.graduated.app.feature.wiped.WipedActivity;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Taps;
import uk.graduated.app.testing.Views;
import uk.graduated.app.ui.SchoolFixture;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.DeviceStatus;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.model.sync.StaffSummary;

@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class SignInActivityTest {
    private static final String PIN = "4821";
    private static final String SESSION_TOKEN = "gss1.fixture-session-token-abcdefghijklmnopq";

    private final MockWebServer server = new MockWebServer();
    private SchoolFixture school;

    @Before
    public void start() {
        school = SchoolFixture.install();
    }

    @After
    public void stop() throws IOException {
        server.shutdown();
        school.close();
    }

    @Test
    public void everyoneAtTheSchoolIsListed_andTappingANameOpensThePinPad() throws Exception {
        SignInActivity activity = launch();
        GridView grid = activity.findViewById(R.id.staff_grid);
        Screenshots.document(activity, "app-02-who-is-using");

        assertThat(grid.getAdapter().getCount()).isEqualTo(SchoolFixture.STAFF_COUNT);
        new Taps().onItem(grid, positionOf(grid, "Mrs Hollis"));
        type(activity, "48");

        assertThat(activity.findViewById(R.id.pin_panel).isShown()).isTrue();
        assertThat(Views.shownText(activity.findViewById(R.id.pin_panel))).contains("Mrs Hollis").doesNotContain("48");
        Screenshots.document(activity, "app-03-pin-pad");
    }

    @Test
    public void rightPin_online_opensToday_keepsTheSessionToken_andOnlyAHashOfThePin() throws Exception {
        server.enqueue(json(200, new SessionResponse(SESSION_TOKEN, Instant.parse("2028-01-17T17:00:00Z"),
                new StaffSummary(HOLLIS, "Mrs Hollis", Set.of(Role.TEACHING_ASSISTANT))).toJson()));
        server.start();
        school.serverAt(server.url("/").toString());
        SignInActivity activity = launch();

        signIn(activity, "Mrs Hollis", PIN);

        Intent next = shadowOf(activity).getNextStartedActivity();
        assertThat(next.getComponent().getClassName()).isEqualTo(TodayActivity.class.getName());
        assertThat(school.services.user().online()).isTrue();
        assertThat(school.services.credentials.tokenFor(SyncScope.staff(HOLLIS))).isEqualTo(SESSION_TOKEN);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/api/v1/session/pin");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SchoolFixture.DEVICE_TOKEN);
        assertThat(request.getHeader("Graduated-Protocol")).isEqualTo("1");
        assertThat(school.services.pins.isRemembered(HOLLIS, PIN)).isTrue();
        assertThat(storedCredentials().values()).noneMatch(value -> String.valueOf(value).equals(PIN))
                .anyMatch(value -> String.valueOf(value).startsWith("pbkdf2-sha256:"));
    }

    @Test
    public void wrongPin_online_saysSo_andStaysOnThePad() throws Exception {
        server.enqueue(json(401, ErrorBody.of(ErrorCode.PIN_INVALID, "req-1").toJson()));
        server.start();
        school.serverAt(server.url("/").toString());
        SignInActivity activity = launch();

        signIn(activity, "Mrs Hollis", "1111");

        assertThat(activity.findViewById(R.id.pin_error).isShown()).isTrue();
        assertThat(Views.shownText(activity.findViewById(R.id.pin_panel))).contains(SignInFlow.WRONG_PIN);
        assertThat(shadowOf(activity).getNextStartedActivity()).isNull();
        assertThat(school.services.user()).isNull();
        Screenshots.document(activity, "app-04-wrong-pin");
    }

    @Test
    public void offline_aPersonWhoSignedInHereBefore_getsInWithTheRightPin_andNotWithAWrongOne() {
        school.services.pins.remember(HOLLIS, PIN);
        SignInActivity activity = launch();

        signIn(activity, "Mrs Hollis", "9999");
        assertThat(Views.shownText(activity.findViewById(R.id.pin_panel))).contains(SignInFlow.WRONG_PIN);

        type(activity, PIN);
        activity.findViewById(R.id.pin_keys).findViewWithTag("key:ok").performClick();

        assertThat(shadowOf(activity).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(TodayActivity.class.getName());
        assertThat(school.services.user().online()).isFalse();
        assertThat(school.services.credentials.tokenFor(SyncScope.staff(HOLLIS))).isNull();
    }

    @Test
    public void offline_aFirstSignInOnThisTablet_isRefused_sayingItNeedsAConnection() {
        SignInActivity activity = launch();

        signIn(activity, "Ms Adeyemi", PIN);

        assertThat(Views.shownText(activity.findViewById(R.id.pin_panel))).contains("Connect to Wi-Fi for your first sign-in");
        assertThat(school.services.user()).isNull();
    }

    @Test
    public void aRevokedTablet_isWipedAtSignIn_andSaysWhy() throws Exception {
        DeviceStatus revoked = DeviceStatus.of(SchoolFixture.DEVICE, DeviceState.REVOKED, Instant.parse("2028-01-17T08:00:00Z"));
        server.enqueue(json(403, ErrorBody.of(revoked, "req-2").toJson()));
        server.start();
        school.serverAt(server.url("/").toString());
        SignInActivity activity = launch();

        signIn(activity, "Mrs Hollis", PIN);

        assertThat(shadowOf(activity).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(WipedActivity.class.getName());
        assertThat(school.services.credentials.isEnrolled()).isFalse();
        assertThat(school.db.staff().signInList()).isEmpty();
        assertThat(school.db.outbox().pendingCount()).isZero();
        assertThat(new WipeNotice(RuntimeEnvironment.getApplication()).reason()).isEqualTo(WipeNotice.Reason.REVOKED);
    }

    @Test
    public void aTeacher_isToldTheTabletIsNotForTheirRole() {
        school.services.pins.remember(SchoolFixture.DUNN, PIN);
        SignInActivity activity = launch();

        signIn(activity, "Mr Dunn", PIN);

        assertThat(Views.shownText(activity.findViewById(R.id.pin_panel))).contains("Use the console on a laptop");
        assertThat(school.services.user()).isNull();
    }

    private static SignInActivity launch() {
        return Robolectric.buildActivity(SignInActivity.class).setup().get();
    }

    private static void signIn(SignInActivity activity, String name, String pin) {
        GridView grid = activity.findViewById(R.id.staff_grid);
        grid.performItemClick(null, positionOf(grid, name), 0);
        type(activity, pin);
        activity.findViewById(R.id.pin_keys).findViewWithTag("key:ok").performClick();
    }

    private static void type(SignInActivity activity, String digits) {
        View keys = activity.findViewById(R.id.pin_keys);
        for (char digit : digits.toCharArray()) {
            keys.findViewWithTag("key:" + digit).performClick();
        }
    }

    private static int positionOf(GridView grid, String name) {
        for (int i = 0; i < grid.getAdapter().getCount(); i++) {
            if (((StaffEntity) grid.getAdapter().getItem(i)).displayName.equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not on the sign-in grid");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    /** What the app keeps in its credentials file: tokens and PIN hashes. */
    private static Map<String, ?> storedCredentials() {
        return RuntimeEnvironment.getApplication().getSharedPreferences("graduated.credentials", Context.MODE_PRIVATE).getAll();
    }
}
