package uk.graduated.app.data.device;

import android.content.Context;
import android.content.SharedPreferences;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;

import uk.graduated.app.core.Clock;
import uk.graduated.app.core.PinHash;

/**
 * What lets a person sign in while the tablet is offline: a salted hash of the PIN they last
 * signed in with online (never the PIN), and their recent wrong tries. Kept in the credentials
 * file, so a wipe ({@link DeviceCredentials#clear()}) removes it with the tokens.
 */
public final class OfflinePins {
    /** The server's rule (protocol 5.2), applied offline too: 5 wrong PINs lock for 15 minutes. */
    static final int MAX_WRONG = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final String HASH = "pin_hash:";
    private static final String WRONG = "pin_wrong:";
    private static final String WRONG_SINCE = "pin_wrong_since:";

    /** The outcome of an offline PIN check. */
    public enum Check { MATCH, WRONG, LOCKED, NEVER_SIGNED_IN_HERE }

    private final SharedPreferences prefs;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OfflinePins(Context context, Clock clock) {
        this.prefs = context.getApplicationContext().getSharedPreferences(DeviceCredentials.FILE, Context.MODE_PRIVATE);
        this.clock = clock;
    }

    /** After an online sign-in: keeps a fresh hash of the PIN the server accepted. */
    public void remember(UUID staffId, String pin) {
        prefs.edit()
                .putString(HASH + staffId, PinHash.create(pin, random))
                .remove(WRONG + staffId)
                .remove(WRONG_SINCE + staffId)
                .apply();
    }

    /** Whether the PIN is the one last accepted online, without counting a try. */
    public boolean isRemembered(UUID staffId, String pin) {
        return PinHash.matches(pin, prefs.getString(HASH + staffId, null));
    }

    /** Forgets the person's PIN: the server no longer accepts it, so neither may the tablet. */
    public void forget(UUID staffId) {
        prefs.edit().remove(HASH + staffId).remove(WRONG + staffId).remove(WRONG_SINCE + staffId).apply();
    }

    /** Checks a PIN offline, counting wrong tries. */
    public Check check(UUID staffId, String pin) {
        String stored = prefs.getString(HASH + staffId, null);
        if (stored == null) {
            return Check.NEVER_SIGNED_IN_HERE;
        }
        long now = clock.now().toEpochMilli();
        long since = prefs.getLong(WRONG_SINCE + staffId, 0);
        int wrong = now - since < LOCK.toMillis() ? prefs.getInt(WRONG + staffId, 0) : 0;
        if (wrong >= MAX_WRONG) {
            return Check.LOCKED;
        }
        if (PinHash.matches(pin, stored)) {
            prefs.edit().remove(WRONG + staffId).remove(WRONG_SINCE + staffId).apply();
            return Check.MATCH;
        }
        SharedPreferences.Editor edit = prefs.edit().putInt(WRONG + staffId, wrong + 1);
        if (wrong == 0) {
            edit.putLong(WRONG_SINCE + staffId, now);
        }
        edit.apply();
        return wrong + 1 >= MAX_WRONG ? Check.LOCKED : Check.WRONG;
    }
}
