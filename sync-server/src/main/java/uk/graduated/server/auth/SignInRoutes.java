package uk.graduated.server.auth;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sync.PinSignInRequest;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.server.sync.ProtocolHeader;
import uk.graduated.server.web.Routes;

/**
 * Signing in and out, and the token check every other {@code /api/} route relies on:
 * {@code POST /api/v1/session/password} (no token), {@code POST /api/v1/session/pin} (device token),
 * {@code POST /api/v1/session/end} (staff session).
 */
public final class SignInRoutes implements Routes {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Authenticator authenticator;
    private final PasswordSignIn passwordSignIn;
    private final PinSignIn pinSignIn;

    public SignInRoutes(Jdbi jdbi, SecretHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.authenticator = new Authenticator(jdbi, clock);
        this.passwordSignIn = new PasswordSignIn(jdbi, hasher, clock);
        this.pinSignIn = new PinSignIn(jdbi, hasher, clock);
    }

    @Override
    public void addTo(Javalin app) {
        ApiErrors.register(app);
        new AuthFilter(authenticator).register(app);
        app.beforeMatched("/api/v1/session/pin", ProtocolHeader::check);
        app.post("/api/v1/session/password", this::passwordSignIn, OpenAccess.PUBLIC);
        app.post("/api/v1/session/pin", this::pinSignIn);
        app.post("/api/v1/session/end", this::signOut);
    }

    private void passwordSignIn(Context ctx) {
        PasswordSignInRequest request = PasswordSignInRequest.fromJson(JsonRequests.body(ctx));
        send(ctx, passwordSignIn.signIn(request, ctx.ip()));
    }

    private void pinSignIn(Context ctx) {
        Principal device = Access.requireDeviceToken(ctx);
        PinSignInRequest request = PinSignInRequest.fromJson(JsonRequests.body(ctx));
        send(ctx, pinSignIn.signIn(device, request));
    }

    private void signOut(Context ctx) {
        Authentication authentication = Access.authentication(ctx);
        if (!authentication.isSession()) {
            throw ApiException.forbidden(
                    "Only a staff session can be signed out; a device token ends when it is revoked.");
        }
        jdbi.useHandle(h -> SessionStore.end(h, authentication.sessionTokenHash(), clock.instant()));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static void send(Context ctx, SessionResponse session) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(session.toJson());
    }
}
