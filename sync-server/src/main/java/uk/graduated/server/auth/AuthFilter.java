package uk.graduated.server.auth;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * Checks the bearer token of every matched {@code /api/} route before its handler runs, unless the
 * route is marked {@link OpenAccess#PUBLIC}, and leaves the {@link Authentication} on the context
 * for {@link Access}. Runs only for matched routes, so an unknown path stays a 404.
 */
final class AuthFilter {
    private final Authenticator authenticator;

    AuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    void register(Javalin app) {
        app.beforeMatched("/api/*", this::authenticate);
    }

    private void authenticate(Context ctx) {
        if (ctx.routeRoles().contains(OpenAccess.PUBLIC)) {
            return;
        }
        ctx.attribute(Access.ATTRIBUTE, authenticator.authenticate(ctx.header(Header.AUTHORIZATION)));
    }
}
