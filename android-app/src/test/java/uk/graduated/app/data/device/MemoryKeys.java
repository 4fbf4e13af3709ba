package uk.graduated.app.data.device;

import java.security.GeneralSecurityException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** A key source in memory, standing in for the Android Keystore; {@link #lose} is a restore onto another tablet. */
public final class MemoryKeys implements KeySource {
    private SecretKey key;

    @Override
    public synchronized SecretKey existing() {
        return key;
    }

    @Override
    public synchronized SecretKey create() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        key = generator.generateKey();
        return key;
    }

    public synchronized void lose() {
        key = null;
    }
}
