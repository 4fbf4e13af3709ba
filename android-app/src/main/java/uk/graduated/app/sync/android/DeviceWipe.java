package uk.graduated.app.sync.android;

import android.content.Context;

import java.io.File;

import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.device.DeviceCredentials;

/**
 * Erases everything a revoked tablet holds when the server says so (protocol 5.3): every record,
 * the outbox, the photos and the tokens. The app then returns to enrolment.
 */
public final class DeviceWipe {
    private DeviceWipe() {
    }

    public static void wipe(Context context, AppDatabase db, DeviceCredentials credentials) {
        SyncScheduler.cancelAll(context);
        for (String path : db.photoQueue().localPaths()) {
            File photo = new File(path);
            if (photo.exists() && !photo.delete()) {
                photo.deleteOnExit();
            }
        }
        db.clearAllTables();
        credentials.clear();
    }
}
