package uk.graduated.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

import android.graphics.Rect;
import android.os.Looper;
import android.text.Layout;
import android.view.View;
import android.view.ViewGroup;
import android.widget.AbsListView;
import android.widget.ScrollView;
import android.widget.TextView;

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
import uk.graduated.app.feature.observation.ObservationActivity;
import uk.graduated.app.feature.pupil.PupilActivity;
import uk.graduated.app.feature.today.TodayActivity;
import uk.graduated.app.testing.Screenshots;

/** The long lists of a real school at tablet size: they scroll to their end, and long names are shortened, not cut. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class LongListsTest {
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
    public void todayWithEightGroups_scrollsToTheLast_andKeepsALongGroupNameToTwoLines() throws Exception {
        school.fullMondayForCarter();
        school.signIn(SchoolFixture.CARTER);
        TodayActivity today = Robolectric.buildActivity(TodayActivity.class).setup().get();
        ViewGroup groups = today.findViewById(R.id.today_groups);
        Screenshots.document(today, "app-21-today-eight-groups");

        assertThat(groups.getChildCount()).isEqualTo(8);
        TextView longName = groups.getChildAt(1).findViewById(R.id.group_name);
        // 98 of the 100 characters a name may have: two lines at most, ending in "…" should it need more.
        Layout layout = longName.getLayout();
        assertThat(layout.getLineCount()).isEqualTo(2);
        assertThat(longName.getMaxLines()).isEqualTo(2);
        View last = groups.getChildAt(7);
        assertThat(last.getLocalVisibleRect(new Rect())).isFalse();

        ScrollView scroll = today.findViewById(R.id.today_scroll);
        scroll.fullScroll(View.FOCUS_DOWN);
        shadowOf(Looper.getMainLooper()).idle();
        Screenshots.document(today, "app-22-today-eight-groups-scrolled");

        assertThat(fullyShown(last)).isTrue();
    }

    @Test
    public void aYearOfSessionsOnThePupilProfile_scrollsToTheOldest() throws Exception {
        school.signIn(SchoolFixture.HOLLIS);
        PupilActivity profile = Robolectric.buildActivity(PupilActivity.class,
                PupilActivity.intent(RuntimeEnvironment.getApplication(), SchoolFixture.AVA)).setup().get();
        AbsListView sessions = profile.findViewById(R.id.pupil_sessions);
        int count = sessions.getAdapter().getCount();
        assertThat(count).isGreaterThan(100);

        sessions.setSelection(count - 1);
        shadowOf(Looper.getMainLooper()).idle();
        Screenshots.document(profile, "app-23-pupil-profile-oldest-sessions");

        assertThat(sessions.getLastVisiblePosition()).isEqualTo(count - 1);
        View oldest = sessions.getChildAt(sessions.getChildCount() - 1);
        assertThat(((TextView) oldest.findViewById(R.id.session_row_title)).getText().toString()).startsWith("Mon 11 Jan 2027");
        assertThat(fullyShown(oldest)).isTrue();
    }

    @Test
    public void aNurseryRoomOfThirty_scrollsToTheLastChild() throws Exception {
        school.signIn(SchoolFixture.ADEYEMI);
        ObservationActivity observation = Robolectric.buildActivity(ObservationActivity.class).setup().get();
        AbsListView children = observation.findViewById(R.id.children_grid);
        assertThat(children.getAdapter().getCount()).isEqualTo(30);

        children.setSelection(29);
        shadowOf(Looper.getMainLooper()).idle();
        Screenshots.document(observation, "app-24-observation-thirty-children-scrolled");

        assertThat(children.getLastVisiblePosition()).isEqualTo(29);
        assertThat(fullyShown(children.getChildAt(children.getChildCount() - 1))).isTrue();
    }

    private static boolean fullyShown(View view) {
        Rect shown = new Rect();
        return view.getLocalVisibleRect(shown) && shown.height() == view.getHeight();
    }
}
