package uk.graduated.server.console.web;

import io.javalin.http.Context;

/**
 * The console's cookies: the session ({@value #SESSION}) and, before sign-in, the secret that binds
 * the sign-in form to this browser ({@value #SIGN_IN}). Both are {@code HttpOnly},
 * {@code SameSite=Strict}, limited to {@code /console}, {@code Secure} when the request came over
 * HTTPS, and end with the browser session.
 */
public final class SessionCookies {
    public static final String SESSION = "graduated_console";
    public static final String SIGN_IN = "graduated_console_sign_in";
    static final String PATH = "/console";

    private SessionCookies() {
    }

    public static String read(Context ctx, String name) {
        String value = ctx.cookie(name);
        return value == null || value.isBlank() ? null : value;
    }

    public static void set(Context ctx, String name, String value) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + PATH + "; HttpOnly; SameSite=Strict"
                + (isHttps(ctx) ? "; Secure" : ""));
    }

    public static void clear(Context ctx, String name) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; SameSite=Strict"
                + (isHttps(ctx) ? "; Secure" : ""));
    }

    /**
     * HTTPS directly, or at a proxy that says so. Trusting the header can only add {@code Secure},
     * which a client sending it falsely harms no one but itself with.
     */
    static boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
