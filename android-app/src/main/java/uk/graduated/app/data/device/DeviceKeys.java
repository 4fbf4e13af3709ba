package uk.graduated.app.data.device;

/**
 * The key source the app seals tokens with: the Android Keystore. Robolectric has no AndroidKeyStore
 * provider, so the tests' Application installs a key held in memory instead.
 */
public final class DeviceKeys {
    private static final String ALIAS = "graduated.tokens";
    private static volatile KeySource installed;

    private DeviceKeys() {
    }

    public static KeySource get() {
        KeySource keys = installed;
        return keys != null ? keys : new AndroidKeyStoreKeys(ALIAS);
    }

    /** For tests. */
    public static void install(KeySource keys) {
        installed = keys;
    }
}
