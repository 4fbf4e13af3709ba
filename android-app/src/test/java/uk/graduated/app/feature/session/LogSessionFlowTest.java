package uk.graduated.app.feature.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static uk.graduated.app.ui.SchoolFixture.AVA;
import static uk.graduated.app.ui.SchoolFixture.HOLLIS;
import static uk.graduated.app.ui.SchoolFixture.LEO;
import static uk.graduated.app.ui.SchoolFixture.PHONICS;
import static uk.graduated.app.ui.SchoolFixture.TODAY;

import android.app.job.JobScheduler;
import android.content.Intent;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;

import java.util.List;

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
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.feature.today.TodayActivity;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Taps;
import uk.graduated.app.testing.Views;
import uk.graduated.app.ui.SchoolFixture;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;

/** A teaching assistant logs this morning's phonics group from the Today screen, through the real Activities. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class LogSessionFlowTest {
    /** Log session, mark one absent, why, two ratings, save. */
    private static final int TAP_BUDGET = 6;

    private SchoolFixture school;

    @Before
    public void signInAsTheTeachingAssistant() {
        school = SchoolFixture.install();
        school.signIn(HOLLIS);
    }

    @After
    public void close() {
        school.close();
    }

    @Test
    public void aFourPupilSession_isLoggedInSixTaps_andSavedWithItsOutboxRow() throws Exception {
        Taps taps = new Taps();
        TodayActivity today = Robolectric.buildActivity(TodayActivity.class).setup().get();
        Screenshots.document(today, "app-05-today");

        taps.on(((ViewGroup) today.findViewById(R.id.today_groups)).getChildAt(0).findViewById(R.id.group_log));
        SessionActivity session = open(shadowOf(today).getNextStartedActivity());
        ViewGroup pupils = session.findViewById(R.id.session_pupils);
        View leo = pupils.getChildAt(2);
        View ava = pupils.getChildAt(3);
        taps.on(leo.findViewById(R.id.pupil_attendance));
        taps.on(Views.withText(leo.findViewById(R.id.pupil_reasons), AbsenceReason.ILL.label()));
        taps.on(ratingChip(ava, 0, Rating.WITH_SOME_HELP));
        taps.on(ratingChip(ava, 1, Rating.INDEPENDENTLY));
        ((EditText) session.findViewById(R.id.session_notes)).setText("Ava blended 'ship' and 'chop' with sound buttons.");
        Screenshots.document(session, "app-07-log-session");
        taps.on(session.findViewById(R.id.session_save));

        assertThat(taps.count()).isLessThanOrEqualTo(TAP_BUDGET);
        assertThat(session.isFinishing()).isTrue();
        SessionRepository sessions = new SessionRepository(school.db, school.services.writer(), school.clock);
        assertThat(sessions.loggedOn(PHONICS, TODAY)).isTrue();
        SessionLog saved = sessions.recentBy(HOLLIS, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.minutes()).isEqualTo(30);
        assertThat(saved.attendance()).hasSize(4).contains(Attendance.absent(LEO, AbsenceReason.ILL));
        assertThat(saved.ratings()).containsExactly(
                new TargetRating(AVA, SchoolFixture.AVA_BLENDING, Rating.WITH_SOME_HELP),
                new TargetRating(AVA, SchoolFixture.AVA_TRICKY_WORDS, Rating.INDEPENDENTLY));
        assertThat(saved.notes()).contains("sound buttons");
        List<OutboxEntry> queued = school.db.outbox().pendingOf(HOLLIS.toString(), 10);
        assertThat(queued).singleElement().satisfies(entry -> {
            assertThat(entry.entityType).isEqualTo("session_log");
            assertThat(entry.entityId).isEqualTo(saved.id().toString());
            assertThat(entry.operation).isEqualTo("upsert");
        });
        JobScheduler jobs = RuntimeEnvironment.getApplication().getSystemService(JobScheduler.class);
        assertThat(jobs.getAllPendingJobs()).isNotEmpty();
    }

    @Test
    public void everyRatingAndReasonChip_isABigEnoughTarget() {
        SessionActivity session = open(SessionActivity.intent(RuntimeEnvironment.getApplication(), PHONICS, TODAY));
        View leo = ((ViewGroup) session.findViewById(R.id.session_pupils)).getChildAt(2);
        leo.findViewById(R.id.pupil_attendance).performClick();
        shadowOf(android.os.Looper.getMainLooper()).idle();

        int minimum = 48;
        assertThat(Views.withText(leo, AbsenceReason.CLASS_ACTIVITY.label()).getHeight()).isGreaterThanOrEqualTo(minimum);
        View ava = ((ViewGroup) session.findViewById(R.id.session_pupils)).getChildAt(3);
        assertThat(ratingChip(ava, 0, Rating.NOT_YET).getHeight()).isGreaterThanOrEqualTo(minimum);
        assertThat(leo.findViewById(R.id.pupil_attendance).getHeight()).isGreaterThanOrEqualTo(56);
    }

    @Test
    public void concernWithoutText_andAbsenceWithoutReason_areShownOnScreen_andNothingIsSaved() throws Exception {
        SessionActivity session = open(SessionActivity.intent(RuntimeEnvironment.getApplication(), PHONICS, TODAY));
        View noah = ((ViewGroup) session.findViewById(R.id.session_pupils)).getChildAt(1);
        noah.findViewById(R.id.pupil_attendance).performClick();
        session.findViewById(R.id.session_concern).performClick();

        session.findViewById(R.id.session_save).performClick();

        assertThat(session.findViewById(R.id.session_concern_error).getVisibility()).isEqualTo(View.VISIBLE);
        String screen = Views.shownText(session.getWindow().getDecorView());
        assertThat(screen).contains("Say what the concern is, so the SENCO can act on it.")
                .contains("Choose why Noah Clarke was absent.")
                .contains("Fix these before saving:");
        assertThat(session.isFinishing()).isFalse();
        assertThat(school.db.outbox().pendingCount()).isZero();
        Screenshots.document(session, "app-09-log-session-errors");
    }

    @Test
    @Config(qualifiers = "w800dp-h1280dp-port-mdpi")
    public void logSession_worksInPortrait() throws Exception {
        SessionActivity session = open(SessionActivity.intent(RuntimeEnvironment.getApplication(), PHONICS, TODAY));
        View isla = ((ViewGroup) session.findViewById(R.id.session_pupils)).getChildAt(0);
        isla.findViewById(R.id.pupil_attendance).performClick();
        Views.withText(isla, AbsenceReason.CLASS_ACTIVITY.label()).performClick();

        Screenshots.document(session, "app-08-log-session-portrait");

        assertThat(session.findViewById(R.id.session_save).isShown()).isTrue();
        assertThat(session.getWindow().getDecorView().getWidth()).isEqualTo(800);
    }

    @Test
    public void aWholeClassGroupOfThirty_isListed_andSavedWithEveryoneOnTheRegister() throws Exception {
        school.signIn(SchoolFixture.WALSH);
        SessionActivity session = open(SessionActivity.intent(RuntimeEnvironment.getApplication(), SchoolFixture.LISTENING, TODAY));
        ViewGroup pupils = session.findViewById(R.id.session_pupils);
        assertThat(pupils.getChildCount()).isEqualTo(30);

        View last = pupils.getChildAt(29);
        last.findViewById(R.id.pupil_attendance).performClick();
        Views.withText(last, AbsenceReason.PUPIL_UNAVAILABLE.label()).performClick();
        Screenshots.capture(session, "log-session-whole-class");
        session.findViewById(R.id.session_save).performClick();

        SessionLog saved = new SessionRepository(school.db, school.services.writer(), school.clock)
                .recentBy(SchoolFixture.WALSH, 1).get(0);
        assertThat(saved.attendance()).hasSize(30);
        assertThat(saved.attendance().stream().filter(a -> !a.isPresent()).count()).isEqualTo(1);
    }

    private static SessionActivity open(Intent intent) {
        assertThat(intent.getComponent().getClassName()).isEqualTo(SessionActivity.class.getName());
        return Robolectric.buildActivity(SessionActivity.class, intent).setup().get();
    }

    /** The rating chip of the pupil's {@code targetIndex}-th target. */
    private static View ratingChip(View pupilCard, int targetIndex, Rating rating) {
        View row = ((ViewGroup) pupilCard.findViewById(R.id.pupil_targets)).getChildAt(targetIndex);
        return Views.withText(row.findViewById(R.id.target_ratings), rating.label());
    }
}
