package uk.graduated.app.data.device;

import android.content.Context;
import android.content.SharedPreferences;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import uk.graduated.app.data.remote.TokenSource;
import uk.graduated.app.sync.engine.SyncScope;

/**
 * This tablet's enrolment (server, device id, device token) and the staff sessions signed in on
 * it, in the app's private preferences, which no other app can read. The tokens there are sealed
 * ({@link TokenSeal}) with a key the Android Keystore holds, so a copy of the app's files signs
 * nobody in. Tokens are never logged.
 */
public final class DeviceCredentials implements TokenSource {
    static final String FILE = "graduated.credentials";
    private static final String SERVER_URL = "server_url";
    private static final String DEVICE_ID = "device_id";
    private static final String DEVICE_TOKEN = "device_token";
    private static final String SESSION_TOKEN = "session_token:";
    private static final String SESSION_EXPIRES = "session_expires:";
    private static final String SIGNING_OUT = "signing_out:";

    private final SharedPreferences prefs;
    private final TokenSeal seal;
    /** Tokens opened already, by their sealed form: the Keystore is not asked on every screen refresh. */
    private final Map<String, String> opened = new ConcurrentHashMap<>();

    public DeviceCredentials(Context context) {
        this(context, new TokenSeal(DeviceKeys.get()));
    }

    DeviceCredentials(Context context, TokenSeal seal) {
        this.prefs = context.getApplicationContext().getSharedPreferences(FILE, Context.MODE_PRIVATE);
        this.seal = seal;
    }

    /** Stores what enrolment returned; the tablet then syncs its device scope (the sign-in list). */
    public void saveEnrolment(String serverUrl, UUID deviceId, String deviceToken) {
        prefs.edit()
                .putString(SERVER_URL, serverUrl)
                .putString(DEVICE_ID, deviceId.toString())
                .putString(DEVICE_TOKEN, seal.seal(DEVICE_TOKEN, deviceToken))
                .apply();
    }

    /** Enrolled, with a device token this tablet can still open. */
    public boolean isEnrolled() {
        return token(DEVICE_TOKEN) != null;
    }

    /**
     * The tokens are stored but the key that sealed them is gone (the app's files were restored onto
     * another tablet, or the tablet's keystore was reset): the enrolment cannot be used, and the
     * tablet must be wiped and enrolled again.
     */
    public boolean keyLost() {
        String stored = prefs.getString(DEVICE_TOKEN, null);
        return stored != null && TokenSeal.isSealed(stored) && token(DEVICE_TOKEN) == null;
    }

    public String serverUrl() {
        return prefs.getString(SERVER_URL, null);
    }

    /** This tablet's id, or null before enrolment. */
    public UUID deviceId() {
        String id = prefs.getString(DEVICE_ID, null);
        return id == null ? null : UUID.fromString(id);
    }

    /** Stores a PIN sign-in's session; that person's changes and scope sync until it expires. */
    public void saveSession(UUID staffId, String token, Instant expiresAt) {
        prefs.edit()
                .putString(SESSION_TOKEN + staffId, seal.seal(SESSION_TOKEN + staffId, token))
                .putLong(SESSION_EXPIRES + staffId, expiresAt.toEpochMilli())
                .remove(SIGNING_OUT + staffId)
                .apply();
    }

    /** Signs a person out (or forgets a session the server said has expired). */
    public void endSession(UUID staffId) {
        prefs.edit().remove(SESSION_TOKEN + staffId).remove(SESSION_EXPIRES + staffId).remove(SIGNING_OUT + staffId).apply();
    }

    /** The person signed out with changes still waiting: their session is kept only to send those, then ended. */
    public void markSigningOut(UUID staffId) {
        prefs.edit().putBoolean(SIGNING_OUT + staffId, true).apply();
    }

    /** People who signed out whose sessions wait to be ended ({@link #markSigningOut}). */
    public List<UUID> signingOut() {
        List<UUID> people = new ArrayList<>();
        for (String key : prefs.getAll().keySet()) {
            if (key.startsWith(SIGNING_OUT)) {
                people.add(UUID.fromString(key.substring(SIGNING_OUT.length())));
            }
        }
        return people;
    }

    /** The people whose sessions have not expired by {@code now}. */
    public List<UUID> signedIn(Instant now) {
        List<UUID> people = new ArrayList<>();
        for (Map.Entry<String, ?> entry : prefs.getAll().entrySet()) {
            if (entry.getKey().startsWith(SESSION_EXPIRES) && (Long) entry.getValue() > now.toEpochMilli()) {
                people.add(UUID.fromString(entry.getKey().substring(SESSION_EXPIRES.length())));
            }
        }
        return people;
    }

    @Override
    public String tokenFor(SyncScope scope) {
        return token(scope.isDevice() ? DEVICE_TOKEN : SESSION_TOKEN + scope.staffId());
    }

    /** The token stored under {@code slot}, or null when there is none or it cannot be opened. */
    private String token(String slot) {
        String stored = prefs.getString(slot, null);
        if (stored == null) {
            return null;
        }
        String token = opened.get(stored);
        if (token != null) {
            return token;
        }
        if (!TokenSeal.isSealed(stored)) {
            // Stored in clear by an app version from before sealing: seal it now.
            prefs.edit().putString(slot, seal.seal(slot, stored)).apply();
            return stored;
        }
        try {
            token = seal.open(slot, stored);
        } catch (TokenSeal.KeyLostException e) {
            return null;
        }
        opened.put(stored, token);
        return token;
    }

    /** Forgets everything: after a wipe the tablet returns to enrolment. */
    public void clear() {
        prefs.edit().clear().commit();
        opened.clear();
    }
}
