package uk.graduated.app.data.device;

import android.content.Context;
import android.content.SharedPreferences;

/**
 * Why this tablet's data was erased, kept apart from the credentials (which the wipe clears) so
 * the next screen can tell the person what happened instead of just showing enrolment.
 */
public final class WipeNotice {
    static final String FILE = "graduated.wipe";
    private static final String REASON = "reason";

    public enum Reason {
        /** The school revoked the tablet in the console (403 device_revoked with wipe). */
        REVOKED,
        /** The server no longer knows the tablet's token (401 unauthenticated on the device token). */
        ENROLMENT_REMOVED,
        /** The Keystore key that sealed the tokens is gone (a restore onto another tablet): they cannot be opened. */
        KEY_LOST
    }

    private final SharedPreferences prefs;

    public WipeNotice(Context context) {
        this.prefs = context.getApplicationContext().getSharedPreferences(FILE, Context.MODE_PRIVATE);
    }

    public void record(Reason reason) {
        prefs.edit().putString(REASON, reason.name()).commit();
    }

    /** The reason of the last wipe not yet acknowledged, or null. */
    public Reason reason() {
        String name = prefs.getString(REASON, null);
        return name == null ? null : Reason.valueOf(name);
    }

    /** The person has read it and is enrolling again. */
    public void clear() {
        prefs.edit().clear().commit();
    }
}
