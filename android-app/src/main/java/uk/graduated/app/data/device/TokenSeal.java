package uk.graduated.app.data.device;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals tokens with AES-256-GCM under a key the tablet's keystore holds, so the app's files alone
 * (a copy, a restore onto another tablet) reveal no token. A sealed value is {@code gts1.} followed
 * by base64url (no padding) of the 12-byte IV and the ciphertext with its 16-byte tag. The slot the
 * value is stored under is authenticated with it, so a sealed device token cannot be moved into a
 * session's slot. Plain Java: tested on the JVM with a key in memory.
 */
public final class TokenSeal {
    /** Prefix of every sealed value; the digit is the format's version. */
    static final String SEALED = "gts";
    static final String FORMAT_1 = SEALED + "1.";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** The sealed value cannot be opened on this tablet: its key is gone or was replaced, or the value is damaged. */
    public static final class KeyLostException extends Exception {
        KeyLostException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final KeySource keys;

    public TokenSeal(KeySource keys) {
        this.keys = keys;
    }

    /** Whether a stored value is sealed; tokens stored by app versions before sealing are not. */
    public static boolean isSealed(String stored) {
        return stored.startsWith(SEALED);
    }

    public String seal(String slot, String token) {
        try {
            SecretKey key = keys.existing();
            if (key == null) {
                key = keys.create();
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            // No IV given: the cipher draws a fresh random one (the Android Keystore insists on it).
            cipher.init(Cipher.ENCRYPT_MODE, key);
            cipher.updateAAD(slot.getBytes(StandardCharsets.UTF_8));
            byte[] iv = cipher.getIV();
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return FORMAT_1 + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a token with this tablet's key", e);
        }
    }

    /** The token sealed in {@code stored} under {@code slot}. */
    public String open(String slot, String stored) throws KeyLostException {
        if (!stored.startsWith(FORMAT_1)) {
            throw new KeyLostException("sealed in a format this version of the app does not read", null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(stored.substring(FORMAT_1.length()));
        } catch (IllegalArgumentException e) {
            throw new KeyLostException("the sealed value is damaged", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new KeyLostException("the sealed value is damaged", null);
        }
        try {
            SecretKey key = keys.existing();
            if (key == null) {
                throw new KeyLostException("the key that sealed the tokens is gone", null);
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(slot.getBytes(StandardCharsets.UTF_8));
            byte[] token = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(token, StandardCharsets.UTF_8);
        } catch (AEADBadTagException | InvalidKeyException e) {
            throw new KeyLostException("the sealed value does not open with this tablet's key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a token with this tablet's key", e);
        }
    }
}
