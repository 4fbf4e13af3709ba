package uk.graduated.app.ui;

import android.app.Activity;
import android.content.Context;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;
import android.util.Log;
import android.widget.Toast;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import uk.graduated.app.R;
import uk.graduated.app.feature.signin.SignInActivity;
import uk.graduated.app.sync.android.SyncScheduler;

/**
 * A screen that needs someone signed in. Locks after {@link Services#IDLE_LOCK} without a touch: the
 * sign-in screen covers it, and it is shown again, with whatever was typed, only to the same person
 * (anyone else signing in closes it). Keeps the app bar's sync badge current, and runs database work
 * off the main thread.
 */
public abstract class SignedInActivity extends Activity {
    private static final String TAG = "Graduated";
    /** How often the sync badge is refreshed while the screen is showing: the background job may have run. */
    private static final long BADGE_REFRESH_MILLIS = 10_000;

    private final Handler handler = new Handler(Looper.getMainLooper());
    private final Runnable idleCheck = this::checkIdle;
    private final Runnable badgeRefresh = this::refreshBadgeRepeatedly;
    protected Services services;
    protected SignedIn user;
    protected AppBar appBar;

    @Override
    protected final void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        services = Services.get(this);
        user = services.user();
        if (user == null || !services.credentials.isEnrolled()) {
            Screens.startFresh(this, Screens.forState(services));
            return;
        }
        onCreateSignedIn(savedInstanceState);
    }

    /** onCreate, once it is certain someone is signed in on an enrolled tablet. */
    protected abstract void onCreateSignedIn(Bundle savedInstanceState);

    /** Binds the app bar included in this screen's layout: title, badge, sync, who, sign out. */
    protected AppBar bindAppBar(CharSequence title) {
        appBar = new AppBar(this, user, title, this::syncNow, this::signOut);
        return appBar;
    }

    @Override
    protected void onResume() {
        super.onResume();
        SignedIn now = services.user();
        if (now == null || user == null || !services.credentials.isEnrolled() || !now.staffId().equals(user.staffId())) {
            // Never show one person's open form to another: their own home screen instead.
            Screens.startFresh(this, Screens.forState(services));
            return;
        }
        user = now;
        checkIdle();
        if (!isFinishing()) {
            refreshBadgeRepeatedly();
        }
    }

    @Override
    protected void onPause() {
        handler.removeCallbacks(idleCheck);
        handler.removeCallbacks(badgeRefresh);
        super.onPause();
    }

    @Override
    public void onUserInteraction() {
        super.onUserInteraction();
        services.touched(SystemClock.elapsedRealtime());
    }

    private void checkIdle() {
        long idleFor = SystemClock.elapsedRealtime() - services.lastTouch();
        long lockAfter = Services.IDLE_LOCK.toMillis();
        if (idleFor >= lockAfter) {
            services.lock();
            startActivity(SignInActivity.unlock(this));
            return;
        }
        handler.postDelayed(idleCheck, lockAfter - idleFor);
    }

    private void refreshBadgeRepeatedly() {
        if (!services.credentials.isEnrolled()) {
            // The background sync wiped the tablet (revoked) while this screen was open.
            Screens.startFresh(this, Screens.forState(services));
            return;
        }
        refreshBadge();
        handler.postDelayed(badgeRefresh, BADGE_REFRESH_MILLIS);
    }

    /** Re-reads what waits to sync; screens call it after saving. */
    protected void refreshBadge() {
        if (appBar == null) {
            return;
        }
        load(() -> new int[] {services.db.outbox().pendingCount(), services.db.outbox().rejected().size()},
                counts -> appBar.badge(counts[0], counts[1]));
    }

    protected void syncNow() {
        SyncScheduler.syncNow(this);
        Toast.makeText(this, R.string.sync_requested, Toast.LENGTH_SHORT).show();
    }

    /**
     * Ends the person's use of the tablet at once, online or not. Off the main thread their session
     * then ends at the server and is forgotten here, or, while changes of theirs wait, after the
     * next sync has sent them.
     */
    protected void signOut() {
        SignedIn leaving = user;
        services.signOut();
        Context app = getApplicationContext();
        services.tasks.run(() -> services.staffSignOut().signOut(leaving.staffId()), waiting -> {
            if (waiting) {
                SyncScheduler.syncNow(app);
                Toast.makeText(app, R.string.sign_out_changes_waiting, Toast.LENGTH_LONG).show();
            }
        }, e -> Log.e(TAG, "sign-out at the server failed", e));
        Screens.startFresh(this, SignInActivity.class);
    }

    /** Runs {@code work} off the main thread and shows its result, unless the screen has gone meanwhile. */
    protected <T> void load(Callable<T> work, Consumer<T> show) {
        load(work, show, this::problem);
    }

    protected <T> void load(Callable<T> work, Consumer<T> show, Consumer<Exception> failed) {
        services.tasks.run(work, result -> {
            if (!isDestroyed()) {
                show.accept(result);
            }
        }, e -> {
            if (!isDestroyed()) {
                failed.accept(e);
            }
        });
    }

    /** A failure nobody can fix on the spot (the disk is full, say): say so rather than crash. */
    protected void problem(Exception e) {
        Log.e(TAG, "screen task failed", e);
        Toast.makeText(this, getString(R.string.problem_reading, e.getClass().getSimpleName()), Toast.LENGTH_LONG).show();
    }
}
