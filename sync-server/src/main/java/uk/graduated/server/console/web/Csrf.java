package uk.graduated.server.console.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that prove a form was served by this console to this browser session. The token is an HMAC
 * of a fixed label keyed by the session's secret (the session token, or before sign-in the sign-in
 * cookie), so it needs no server-side state and cannot be computed by a page that cannot read the
 * HttpOnly cookie. Together with {@code SameSite=Strict} this stops cross-site form posts.
 */
public final class Csrf {
    /** The form field every console POST carries. */
    public static final String FIELD = "csrf";
    private static final byte[] LABEL = "graduated console form v1".getBytes(StandardCharsets.US_ASCII);

    private Csrf() {
    }

    public static String tokenFor(String sessionSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Whether {@code sent} is the token of {@code sessionSecret}, compared in constant time. */
    public static boolean matches(String sessionSecret, String sent) {
        if (sessionSecret == null || sent == null) {
            return false;
        }
        byte[] expected = tokenFor(sessionSecret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8));
    }
}
