package uk.graduated.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer tokens: 256 random bits behind a short prefix that says what kind of token it is. Only the
 * SHA-256 of a token is stored, so a copy of the database signs nobody in; SHA-256 (not Argon2) is
 * enough because a 256-bit random value cannot be guessed, and it lets a token be found by its hash.
 */
public final class Tokens {
    /** Device tokens from enrolment. */
    public static final String DEVICE_PREFIX = "gdv1.";
    /** Staff session tokens from PIN or password sign-in. */
    public static final String SESSION_PREFIX = "gss1.";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newDeviceToken() {
        return DEVICE_PREFIX + randomText();
    }

    public static String newSessionToken() {
        return SESSION_PREFIX + randomText();
    }

    /** SHA-256 of the UTF-8 bytes: how tokens and enrolment codes are stored and looked up. */
    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String randomText() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
