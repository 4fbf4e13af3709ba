package uk.graduated.app.data.device;

import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The token key in the Android Keystore: made there, never leaves it, not part of any backup. The one
 * piece of the token sealing that only runs on a device (Robolectric has no AndroidKeyStore).
 */
final class AndroidKeyStoreKeys implements KeySource {
    private static final String STORE = "AndroidKeyStore";
    private final String alias;

    AndroidKeyStoreKeys(String alias) {
        this.alias = alias;
    }

    @Override
    public SecretKey existing() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(STORE);
        try {
            store.load(null);
        } catch (IOException e) {
            throw new GeneralSecurityException("Android Keystore unavailable", e);
        }
        return (SecretKey) store.getKey(alias, null);
    }

    @Override
    public SecretKey create() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, STORE);
        generator.init(new KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build());
        return generator.generateKey();
    }
}
