package uk.graduated.app.sync.android;

import android.content.Context;

import java.io.File;

import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.device.WipeNotice;

/**
 * Erases everything a revoked tablet holds when the server says so (protocol 5.3): every record,
 * the outbox, the photos and the tokens. The app then returns to enrolment.
 */
public final class DeviceWipe {
    /** Where the app keeps photo files, under its private files folder. */
    public static final String PHOTO_DIR = "photos";

    private DeviceWipe() {
    }

    public static void wipe(Context context, AppDatabase db, DeviceCredentials credentials) {
        wipe(context, db, credentials, WipeNotice.Reason.REVOKED);
    }

    /** Wipes, and keeps the reason so the screen that follows can say why the tablet was emptied. */
    public static void wipe(Context context, AppDatabase db, DeviceCredentials credentials, WipeNotice.Reason reason) {
        SyncScheduler.cancelAll(context);
        for (String path : db.photoQueue().localPaths()) {
            File photo = new File(path);
            if (photo.exists() && !photo.delete()) {
                photo.deleteOnExit();
            }
        }
        // Photos taken but never saved with an observation are in no queue: empty their folder too.
        File[] leftovers = new File(context.getFilesDir(), PHOTO_DIR).listFiles();
        if (leftovers != null) {
            for (File photo : leftovers) {
                if (!photo.delete()) {
                    photo.deleteOnExit();
                }
            }
        }
        db.clearAllTables();
        credentials.clear();
        new WipeNotice(context).record(reason);
    }
}
