package uk.graduated.app.feature.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static uk.graduated.app.ui.SchoolFixture.HOLLIS;

import android.os.Looper;

import java.time.Duration;
import java.time.Instant;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import uk.graduated.app.R;
import uk.graduated.app.feature.signin.SignInActivity;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Views;
import uk.graduated.app.ui.SchoolFixture;
import uk.graduated.app.ui.Services;

@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class TodayActivityTest {
    private SchoolFixture school;

    @Before
    public void start() {
        school = SchoolFixture.install();
    }

    @After
    public void stop() {
        school.close();
    }

    @Test
    public void aTeachingAssistantWithNoGroupsToday_seesNoGroupsToday() throws Exception {
        school.signIn(SchoolFixture.OSEI);

        TodayActivity today = Robolectric.buildActivity(TodayActivity.class).setup().get();

        assertThat(today.findViewById(R.id.today_empty).isShown()).isTrue();
        assertThat(Views.shownText(today.getWindow().getDecorView())).contains("No groups today", "No sessions logged yet");
        Screenshots.document(today, "app-06-today-empty");
    }

    @Test
    public void fiveMinutesWithoutATouch_locksTheTablet_backToWhoIsUsingIt_andKeepsTheData() {
        school.signIn(HOLLIS);
        TodayActivity today = Robolectric.buildActivity(TodayActivity.class).setup().get();

        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofMinutes(4));
        today.onUserInteraction();
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofMinutes(4));
        assertThat(school.services.user()).isNotNull();

        shadowOf(Looper.getMainLooper()).idleFor(Services.IDLE_LOCK);

        assertThat(school.services.user()).isNull();
        assertThat(shadowOf(today).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(SignInActivity.class.getName());
        assertThat(school.db.staff().signInList()).hasSize(SchoolFixture.STAFF_COUNT);
    }

    @Test
    public void signingOut_withNothingWaiting_forgetsTheSession() {
        school.signIn(HOLLIS);
        school.services.credentials.saveSession(HOLLIS, "gss1.fixture-session-token-abcdefghijklmnopq",
                Instant.parse("2028-01-17T17:00:00Z"));
        TodayActivity today = Robolectric.buildActivity(TodayActivity.class).setup().get();

        today.findViewById(R.id.app_bar_sign_out).performClick();

        assertThat(school.services.user()).isNull();
        assertThat(school.services.credentials.signedIn(school.clock.now())).isEmpty();
        assertThat(shadowOf(today).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(SignInActivity.class.getName());
    }
}
