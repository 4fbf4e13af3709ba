package uk.graduated.app.ui;

import android.content.Context;
import android.content.pm.PackageManager;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;

import uk.graduated.app.core.Clock;
import uk.graduated.app.core.Tasks;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.device.OfflinePins;
import uk.graduated.app.data.device.StaffSignOut;
import uk.graduated.app.data.outbox.Author;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.app.data.remote.HttpSyncTransport;
import uk.graduated.app.data.remote.SessionEndClient;
import uk.graduated.app.sync.android.SyncRunner;
import uk.graduated.app.sync.engine.Backoff;

/**
 * What every screen needs, built once per process: the database, the credentials, the clock, the
 * background executor, and who is signed in. Tests install their own (an in-memory database, a
 * fixed clock, inline tasks) before starting an Activity.
 */
public final class Services {
    /** A tablet left on a table locks itself after this long without a touch (domain: idle lock). */
    public static final Duration IDLE_LOCK = Duration.ofMinutes(5);

    private static Services installed;

    public final Context app;
    public final AppDatabase db;
    public final DeviceCredentials credentials;
    public final OfflinePins pins;
    public final Clock clock;
    public final Tasks tasks;
    private volatile SignedIn user;
    /** Who was using the tablet when it locked itself; their screens wait under the lock for their PIN. */
    private volatile UUID lockedBy;
    /** SystemClock.elapsedRealtime() of the last touch on any screen: the idle lock counts from it. */
    private volatile long lastTouch;

    public Services(Context context, AppDatabase db, Clock clock, Tasks tasks) {
        this.app = context.getApplicationContext();
        this.db = db;
        this.credentials = new DeviceCredentials(app);
        this.pins = new OfflinePins(app, clock);
        this.clock = clock;
        this.tasks = tasks;
    }

    public static synchronized Services get(Context context) {
        if (installed == null) {
            Handler main = new Handler(Looper.getMainLooper());
            installed = new Services(context, AppDatabase.get(context), Clock.system(),
                    new Tasks(Executors.newFixedThreadPool(2), main::post));
        }
        return installed;
    }

    /** Replaces the process's services: for tests. */
    public static synchronized void install(Services services) {
        installed = services;
    }

    /** The signed-in person, or null when the sign-in screen should show. */
    public SignedIn user() {
        return user;
    }

    public void signIn(SignedIn person) {
        user = person;
        lockedBy = null;
        lastTouch = SystemClock.elapsedRealtime();
    }

    public void touched(long elapsedRealtime) {
        lastTouch = elapsedRealtime;
    }

    public long lastTouch() {
        return lastTouch;
    }

    /**
     * The idle lock: nobody is signed in, but the person's open screens (a half-filled form) stay
     * under the sign-in screen until they type their PIN again. Someone else signing in closes them.
     */
    public void lock() {
        SignedIn person = user;
        lockedBy = person == null ? lockedBy : person.staffId();
        user = null;
    }

    /** The person who was using the tablet when it locked itself, or null. */
    public UUID lockedBy() {
        return lockedBy;
    }

    /** Sign-out, or a wipe: nobody is signed in and nothing waits under the sign-in screen. */
    public void signOut() {
        user = null;
        lockedBy = null;
    }

    /** Writes the signed-in person's changes with their outbox rows. */
    public LocalWriter writer() {
        SignedIn person = user;
        if (person == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return new LocalWriter(db, new SyncedTables(db), new Author(credentials.deviceId(), person.staffId()), clock);
    }

    /** Ends people's sessions at the server when they sign out. */
    public StaffSignOut staffSignOut() {
        return new StaffSignOut(credentials, db.outbox(), new SessionEndClient(credentials::serverUrl));
    }

    /** A sync run in this process, for the sync screen's "Sync now". */
    public SyncRunner syncRunner() {
        HttpSyncTransport transport = new HttpSyncTransport(credentials.serverUrl(),
                HttpSyncTransport.client(credentials, appVersion()));
        return new SyncRunner(db, credentials, transport, clock, new Backoff(new SecureRandom()));
    }

    public String appVersion() {
        try {
            String name = app.getPackageManager().getPackageInfo(app.getPackageName(), 0).versionName;
            return name == null ? "unknown" : name;
        } catch (PackageManager.NameNotFoundException e) {
            return "unknown";
        }
    }
}
