package uk.graduated.app.feature.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.graduated.app.ui.SchoolFixture.AVA;
import static uk.graduated.app.ui.SchoolFixture.HOLLIS;

import android.widget.ListView;

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
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Views;
import uk.graduated.app.ui.SchoolFixture;

@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class PupilActivityTest {
    private SchoolFixture school;

    @Before
    public void start() {
        school = SchoolFixture.install();
        school.signIn(HOLLIS);
    }

    @After
    public void stop() {
        school.close();
    }

    @Test
    public void profile_showsNeedsTargetsAndStrategies_besideAYearOfSessions() throws Exception {
        PupilActivity profile = open();

        String screen = Views.shownText(profile.getWindow().getDecorView());
        assertThat(screen).contains("Ava Thompson", "Specific learning difficulty", "Primary need",
                "Speech, language and communication needs", "Ava will read the 20 phase 3 tricky words by sight.",
                "Sound buttons under each grapheme", "Last rated:");
        assertThat(screen).contains("Year 2 · Oak · SEN support", "Support plan review: Friday 11 February 2028")
                .doesNotContain("review by");
        ListView sessions = profile.findViewById(R.id.pupil_sessions);
        assertThat(sessions.getAdapter().getCount()).isGreaterThan(100);
        Screenshots.document(profile, "app-10-pupil-profile");
    }

    @Test
    @Config(qualifiers = "w800dp-h1280dp-port-mdpi")
    public void inPortrait_theProfileScrollsAboveTheSessions() throws Exception {
        PupilActivity profile = open();

        ListView sessions = profile.findViewById(R.id.pupil_sessions);
        assertThat(sessions.getHeaderViewsCount()).isEqualTo(1);
        assertThat((Object) profile.findViewById(R.id.pupil_summary_column)).isNull();
        Screenshots.document(profile, "app-11-pupil-profile-portrait");
    }

    @Test
    public void aPupilWithNoProvisionOrPlanOnTheTablet_showsNeitherLine() {
        PupilActivity profile = Robolectric.buildActivity(PupilActivity.class,
                PupilActivity.intent(RuntimeEnvironment.getApplication(), SchoolFixture.LEGO_PUPIL)).setup().get();

        String screen = Views.shownText(profile.getWindow().getDecorView());
        assertThat(screen).contains("Year 4 · Ash", "No current targets.").doesNotContain("SEN support", "Support plan review");
    }

    private static PupilActivity open() {
        return Robolectric.buildActivity(PupilActivity.class,
                PupilActivity.intent(RuntimeEnvironment.getApplication(), AVA)).setup().get();
    }
}
