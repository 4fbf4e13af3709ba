package uk.graduated.server.console.web;

import io.javalin.http.Context;

/**
 * Headers on every console response. Pages hold special-category data, so nothing is cached, framed
 * or sent on as a referrer; only this server's stylesheet loads, and no script runs at all.
 */
public final class SecurityHeaders {
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (!ctx.path().startsWith("/console/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
