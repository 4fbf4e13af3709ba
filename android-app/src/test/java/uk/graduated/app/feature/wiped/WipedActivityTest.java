package uk.graduated.app.feature.wiped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

import android.content.Intent;

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
import uk.graduated.app.core.Tasks;
import uk.graduated.app.data.device.DeviceKeys;
import uk.graduated.app.data.device.MemoryKeys;
import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.feature.enrol.EnrolActivity;
import uk.graduated.app.sync.android.DeviceWipe;
import uk.graduated.app.testing.Screenshots;
import uk.graduated.app.testing.Views;
import uk.graduated.app.ui.SchoolFixture;
import uk.graduated.app.ui.Services;
import uk.graduated.model.session.SessionExamples;

@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 35, qualifiers = "w1280dp-h800dp-land-mdpi")
public class WipedActivityTest {
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
    public void aRevokedTablet_saysTheSchoolRemovedIt_andOffersToEnrolAgain() throws Exception {
        DeviceWipe.wipe(RuntimeEnvironment.getApplication(), school.db, school.services.credentials, WipeNotice.Reason.REVOKED);

        WipedActivity wiped = Robolectric.buildActivity(WipedActivity.class).setup().get();

        assertThat(Views.shownText(wiped.getWindow().getDecorView()))
                .contains("This tablet was removed from the school", "has been erased", "new enrolment code");
        Screenshots.document(wiped, "app-16-revoked");
        wiped.findViewById(R.id.wiped_enrol).performClick();
        assertThat(shadowOf(wiped).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(EnrolActivity.class.getName());
        assertThat(new WipeNotice(wiped).reason()).isNull();
    }

    @Test
    public void aTabletTheServerNoLongerKnows_saysItsEnrolmentWasRemoved() {
        DeviceWipe.wipe(RuntimeEnvironment.getApplication(), school.db, school.services.credentials,
                WipeNotice.Reason.ENROLMENT_REMOVED);

        WipedActivity wiped = Robolectric.buildActivity(WipedActivity.class).setup().get();

        assertThat(Views.shownText(wiped.getWindow().getDecorView())).contains("enrolment no longer exists");
    }

    @Test
    public void aTabletWhoseKeyIsGone_isErasedAtStart_andAsksToBeEnrolledAgain() throws Exception {
        school.signIn(SchoolFixture.HOLLIS);
        new SessionRepository(school.db, school.services.writer(), school.clock).logSession(SessionExamples.sessionLog()
                .deliveredBy(SchoolFixture.HOLLIS).deviceId(SchoolFixture.DEVICE).build());
        ((MemoryKeys) DeviceKeys.get()).lose();
        // The app starts afresh (a restore onto another tablet): nothing opened earlier is remembered.
        Services.install(new Services(RuntimeEnvironment.getApplication(), school.db, school.clock,
                new Tasks(Runnable::run, Runnable::run)));

        EnrolActivity launcher = Robolectric.buildActivity(EnrolActivity.class).setup().get();
        Intent next = shadowOf(launcher).getNextStartedActivity();
        assertThat(next.getComponent().getClassName()).isEqualTo(WipedActivity.class.getName());
        WipedActivity wiped = Robolectric.buildActivity(WipedActivity.class, next).setup().get();

        assertThat(Views.shownText(wiped.getWindow().getDecorView()))
                .contains("This tablet needs to be enrolled again", "restored onto another tablet", "new enrolment code");
        Screenshots.document(wiped, "app-20-key-lost");
        assertThat(school.db.outbox().pendingCount()).isZero();
        assertThat(school.db.staff().signInList()).isEmpty();
        assertThat(Services.get(wiped).credentials.keyLost()).isFalse();
        assertThat(new WipeNotice(wiped).reason()).isEqualTo(WipeNotice.Reason.KEY_LOST);
    }

    @Test
    public void theLauncher_onAWipedTablet_showsWhyRatherThanAnEmptyForm() {
        DeviceWipe.wipe(RuntimeEnvironment.getApplication(), school.db, school.services.credentials, WipeNotice.Reason.REVOKED);

        EnrolActivity launcher = Robolectric.buildActivity(EnrolActivity.class).setup().get();

        assertThat(shadowOf(launcher).getNextStartedActivity().getComponent().getClassName())
                .isEqualTo(WipedActivity.class.getName());
    }
}
