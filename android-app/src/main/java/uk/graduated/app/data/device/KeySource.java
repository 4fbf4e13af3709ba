package uk.graduated.app.data.device;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;

/** Where the tablet keeps the AES key that seals its tokens: the Android Keystore, or memory in tests. */
public interface KeySource {
    /** The key, or null when there is none (never made, or lost: a restore onto another tablet, a reset). */
    SecretKey existing() throws GeneralSecurityException;

    /** Makes a new 256-bit AES key for GCM, replacing any other. */
    SecretKey create() throws GeneralSecurityException;
}
