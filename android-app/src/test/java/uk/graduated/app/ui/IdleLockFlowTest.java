package uk.graduated.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;
import static uk.graduated.app.ui.SchoolFixture.ADEYEMI;
import static uk.graduated.app.ui.SchoolFixture.AVA;
import static uk.graduated.app.ui.SchoolFixture.HOLLIS;
import static uk.graduated.app.ui.SchoolFixture.LEO;
import static uk.graduated.app.ui.SchoolFixture.OSEI;
import static uk.graduated.app.ui.SchoolFixture.PHONICS;
import static uk.graduated.app.ui.SchoolFixture.TODAY;

import android.app.Activity;
import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.GridView;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowSystemClock;

import uk.graduated.app.R;
import uk.graduated.app.data.pupil.PupilEntity;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.data.staff.StaffEntity;
import uk.graduated.app.feature.observation.ObservationActivity;
import uk.graduated.app.feature.session.SessionActivity;
import uk.graduated.app.feature.signin.SignInActivity;
import uk.graduated.app.feature.today.TodayActivity;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Views;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.Rating;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.TargetRating;

/**
 * The idle lock in the middle of a form, through the real Activities: the person who was typing gets
 * their form back with their PIN; anyone else signing in never sees it.
 */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class IdleLockFlowTest {
    private static final String HOLLIS_PIN = "4821";
    private static final String OSEI_PIN = "7395";
    private static final String ADEYEMI_PIN = "6142";
    private static final String NOTES = "Ava blended 'ship' and 'chop' with sound buttons.";

    private SchoolFixture school;

    @Before
    public void start() {
        school = SchoolFixture.install();
        school.services.pins.remember(HOLLIS, HOLLIS_PIN);
        school.services.pins.remember(OSEI, OSEI_PIN);
        school.services.pins.remember(ADEYEMI, ADEYEMI_PIN);
    }

    @After
    public void stop() {
        school.close();
    }

    @Test
    public void aHalfFilledSession_isThereAgain_afterTheSamePersonUnlocksWithTheirPin() throws Exception {
        school.signIn(HOLLIS);
        ActivityController<SessionActivity> controller = openSession();
        SessionActivity session = controller.get();
        halfFill(session);

        SignInActivity lock = idleUntilLocked(controller);
        assertThat(lock.findViewById(R.id.pin_panel).isShown()).isTrue();
        assertThat(Views.shownText(lock.getWindow().getDecorView())).contains("Mrs Hollis", "carry on where you left off")
                .doesNotContain(NOTES);
        Screenshots.document(lock, "app-18-idle-lock");
        typePin(lock, HOLLIS_PIN);

        assertThat(lock.isFinishing()).isTrue();
        assertThat(shadowOf(lock).getNextStartedActivity()).isNull();
        controller.restart().resume();
        assertThat(session.isFinishing()).isFalse();
        assertThat(((EditText) session.findViewById(R.id.session_notes)).getText().toString()).isEqualTo(NOTES);
        assertThat(Views.shownText(session.findViewById(R.id.session_summary))).contains("3 of 4 present", "1 rating");
        session.findViewById(R.id.session_save).performClick();

        SessionLog saved = new SessionRepository(school.db, school.services.writer(), school.clock).recentBy(HOLLIS, 1).get(0);
        assertThat(saved.date()).isEqualTo(TODAY);
        assertThat(saved.notes()).isEqualTo(NOTES);
        assertThat(saved.attendance()).contains(Attendance.absent(LEO, AbsenceReason.ILL));
        assertThat(saved.ratings()).containsExactly(new TargetRating(AVA, SchoolFixture.AVA_BLENDING, Rating.WITH_SOME_HELP));
    }

    @Test
    public void someoneElseUnlocking_getsTheirOwnHome_andTheLockedFormClosesUnseenAndUnsaved() throws Exception {
        school.signIn(HOLLIS);
        ActivityController<SessionActivity> controller = openSession();
        SessionActivity session = controller.get();
        halfFill(session);
        SignInActivity lock = idleUntilLocked(controller);

        lock.findViewById(R.id.pin_not_you).performClick();
        assertThat(Views.shownText(lock.findViewById(R.id.lock_notice)))
                .contains("Mrs Hollis's unsaved work waits for their PIN; anyone else who signs in closes it.");
        Screenshots.document(lock, "app-19-idle-lock-someone-else");
        GridView grid = lock.findViewById(R.id.staff_grid);
        grid.performItemClick(null, positionOf(grid, "Mr Osei"), 0);
        typePin(lock, OSEI_PIN);

        Intent home = shadowOf(lock).getNextStartedActivity();
        assertThat(home.getComponent().getClassName()).isEqualTo(TodayActivity.class.getName());
        assertThat(home.getFlags() & Intent.FLAG_ACTIVITY_CLEAR_TASK).isNotZero();
        // Even were the old screen brought back, it closes rather than show Mrs Hollis's form to Mr Osei.
        controller.restart().resume();
        assertThat(session.isFinishing()).isTrue();
        assertThat(shadowOf(session).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(TodayActivity.class.getName());
        assertThat(school.services.user().staffId()).isEqualTo(OSEI);
        assertThat(school.db.outbox().pendingCount()).isZero();
    }

    @Test
    public void aHalfWrittenObservation_keepsItsChildrenAndText_forTheSamePractitioner() throws Exception {
        school.signIn(ADEYEMI);
        ActivityController<ObservationActivity> controller = Robolectric.buildActivity(ObservationActivity.class).setup();
        ObservationActivity screen = controller.get();
        GridView children = screen.findViewById(R.id.children_grid);
        PupilEntity first = (PupilEntity) children.getAdapter().getItem(0);
        children.performItemClick(null, 0, 0);
        children.performItemClick(null, 2, 0);
        ((EditText) screen.findViewById(R.id.observation_text)).setText("Built a tower of six bricks and counted them.");

        SignInActivity lock = idleUntilLocked(controller);
        typePin(lock, ADEYEMI_PIN);
        controller.restart().resume();

        assertThat(lock.isFinishing()).isTrue();
        assertThat(((EditText) screen.findViewById(R.id.observation_text)).getText().toString())
                .isEqualTo("Built a tower of six bricks and counted them.");
        assertThat(Views.shownText(screen.findViewById(R.id.children_heading))).contains("2 chosen");
        screen.findViewById(R.id.observation_save).performClick();
        assertThat(school.db.outbox().pendingOf(ADEYEMI.toString(), 5)).singleElement()
                .satisfies(entry -> assertThat(entry.fieldsJson).contains(first.id));
    }

    private static ActivityController<SessionActivity> openSession() {
        return Robolectric.buildActivity(SessionActivity.class,
                SessionActivity.intent(RuntimeEnvironment.getApplication(), PHONICS, TODAY)).setup();
    }

    /** Leo absent (ill), Ava rated on blending, notes typed: not saved. */
    private static void halfFill(SessionActivity session) {
        ViewGroup pupils = session.findViewById(R.id.session_pupils);
        View leo = pupils.getChildAt(2);
        leo.findViewById(R.id.pupil_attendance).performClick();
        Views.withText(leo.findViewById(R.id.pupil_reasons), AbsenceReason.ILL.label()).performClick();
        View ava = pupils.getChildAt(3);
        View blending = ((ViewGroup) ava.findViewById(R.id.pupil_targets)).getChildAt(0);
        Views.withText(blending.findViewById(R.id.target_ratings), Rating.WITH_SOME_HELP.label()).performClick();
        ((EditText) session.findViewById(R.id.session_notes)).setText(NOTES);
    }

    /** Nobody touches the tablet for the idle-lock time: the sign-in screen covers the one in use. */
    private SignInActivity idleUntilLocked(ActivityController<? extends Activity> controller) {
        // The clock jumps rather than idling through every frame of five minutes; the due idle check then runs.
        ShadowSystemClock.advanceBy(Services.IDLE_LOCK);
        shadowOf(Looper.getMainLooper()).idle();
        Intent lockIntent = shadowOf(controller.get()).getNextStartedActivity();
        assertThat(lockIntent.getComponent().getClassName()).isEqualTo(SignInActivity.class.getName());
        assertThat(controller.get().isFinishing()).isFalse();
        assertThat(school.services.user()).isNull();
        controller.pause().stop();
        return Robolectric.buildActivity(SignInActivity.class, lockIntent).setup().get();
    }

    private static void typePin(SignInActivity lock, String pin) {
        View keys = lock.findViewById(R.id.pin_keys);
        for (char digit : pin.toCharArray()) {
            keys.findViewWithTag("key:" + digit).performClick();
        }
        keys.findViewWithTag("key:ok").performClick();
    }

    private static int positionOf(GridView grid, String name) {
        for (int i = 0; i < grid.getAdapter().getCount(); i++) {
            if (((StaffEntity) grid.getAdapter().getItem(i)).displayName.equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not on the sign-in grid");
    }
}
