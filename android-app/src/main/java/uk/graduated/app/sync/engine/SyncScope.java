package uk.graduated.app.sync.engine;

import java.util.UUID;

/**
 * Whose view of the school a pull fetches, and whose outbox rows a push sends. The device scope
 * (the device token) brings the sign-in list; a person's scope (their session token) brings what
 * their roles let them see. Each scope keeps its own cursor.
 *
 * @param staffId the signed-in person, or null for the device scope
 */
public record SyncScope(UUID staffId) {
    private static final String DEVICE_KEY = "device";
    private static final String STAFF_PREFIX = "staff:";

    public static SyncScope device() {
        return new SyncScope(null);
    }

    public static SyncScope staff(UUID staffId) {
        if (staffId == null) {
            throw new IllegalArgumentException("a person's scope needs their staff id");
        }
        return new SyncScope(staffId);
    }

    public boolean isDevice() {
        return staffId == null;
    }

    /** A stable name for storage: {@code device} or {@code staff:<id>}. */
    public String key() {
        return isDevice() ? DEVICE_KEY : STAFF_PREFIX + staffId;
    }

    public static SyncScope fromKey(String key) {
        if (DEVICE_KEY.equals(key)) {
            return device();
        }
        if (key != null && key.startsWith(STAFF_PREFIX)) {
            return staff(UUID.fromString(key.substring(STAFF_PREFIX.length())));
        }
        throw new IllegalArgumentException("not a sync scope key: " + key);
    }
}
