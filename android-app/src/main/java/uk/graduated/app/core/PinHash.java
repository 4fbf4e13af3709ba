package uk.graduated.app.core;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2 hash of a PIN, so a person who signed in online before can sign in offline
 * without the tablet keeping the PIN itself. Stored as {@code pbkdf2-sha256:<iterations>:<salt>:<hash>}
 * so the work factor can rise later without invalidating hashes already kept.
 */
public final class PinHash {
    private static final String PREFIX = "pbkdf2-sha256";
    /** About a quarter of a second on a budget tablet: slow for guessing, quick enough for a person. */
    static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private PinHash() {
    }

    public static String create(String pin, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(pin, salt, ITERATIONS));
    }

    /** Whether {@code pin} is the PIN {@code stored} was made from; false for anything unreadable. */
    public static boolean matches(String pin, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            // Constant-time comparison: the time taken says nothing about how close a guess was.
            return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is available from Android 8 (API 26)", e);
        } finally {
            spec.clearPassword();
        }
    }
}
