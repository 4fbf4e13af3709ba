package uk.graduated.app.ui;

import android.app.Activity;
import android.content.Intent;

import uk.graduated.app.data.device.WipeNotice;
import uk.graduated.app.feature.enrol.EnrolActivity;
import uk.graduated.app.feature.observation.ObservationActivity;
import uk.graduated.app.feature.signin.SignInActivity;
import uk.graduated.app.feature.today.TodayActivity;
import uk.graduated.app.feature.wiped.WipedActivity;

/** Which screen the app belongs on, from the tablet's state: enrolled, wiped, who is signed in. */
public final class Screens {
    private Screens() {
    }

    /** The screen for the tablet's state now: wiped notice, enrolment, sign-in, or the person's home. */
    public static Class<? extends Activity> forState(Services services) {
        if (!services.credentials.isEnrolled()) {
            // A lost key leaves an enrolment that cannot be used: the wiped screen erases it and says why.
            boolean wiped = services.credentials.keyLost() || new WipeNotice(services.app).reason() != null;
            return wiped ? WipedActivity.class : EnrolActivity.class;
        }
        SignedIn user = services.user();
        if (user == null) {
            return SignInActivity.class;
        }
        return home(user);
    }

    /** A teaching assistant (or SENCO) starts on Today; an early-years practitioner on a new observation. */
    public static Class<? extends Activity> home(SignedIn user) {
        return user.logsSessions() || !user.recordsObservations() ? TodayActivity.class : ObservationActivity.class;
    }

    /** Replaces everything on the back stack with {@code screen}: after enrolment, sign-in, a lock or a wipe. */
    public static void startFresh(Activity from, Class<? extends Activity> screen) {
        from.startActivity(new Intent(from, screen).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_CLEAR_TASK));
        from.finish();
    }
}
