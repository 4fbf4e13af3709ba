package uk.graduated.server.console.signin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.console.web.ConsolePages;
import uk.graduated.server.console.web.ConsoleSessions;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Csrf;
import uk.graduated.server.console.web.ErrorPages;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.SessionCookies;
import uk.graduated.server.console.web.Templates;

/**
 * {@code /console/sign-in} (GET, POST) and {@code /console/sign-out} (POST). The sign-in form is bound
 * to this browser by a random cookie and a token derived from it, so another site cannot sign a
 * person in to an account of its choosing. A person without the SENCO or admin role gets a page
 * saying the console is not for them, and no session.
 */
public final class SignInPage {
    private static final Logger log = LoggerFactory.getLogger(SignInPage.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsoleSessions sessions;
    private final Templates templates;
    private final ErrorPages errors;

    public SignInPage(ConsoleSessions sessions, Templates templates, ErrorPages errors) {
        this.sessions = sessions;
        this.templates = templates;
        this.errors = errors;
    }

    public void show(Context ctx) {
        ConsoleSessions.Resolved resolved = sessions.resolve(SessionCookies.read(ctx, SessionCookies.SESSION));
        if (resolved.user() != null && resolved.user().managesStaffAndDevices()) {
            ctx.redirect(landing(resolved.user()), HttpStatus.SEE_OTHER);
            return;
        }
        String secret = signInSecret(ctx);
        SignInForm form = new SignInForm("", Csrf.tokenFor(secret), SafeNext.of(ctx.queryParam("next")),
                notice(ctx.queryParam("reason")), null, Map.of());
        send(ctx, 200, form);
    }

    public void submit(Context ctx) {
        String secret = SessionCookies.read(ctx, SessionCookies.SIGN_IN);
        String email = ctx.formParam("email") == null ? "" : ctx.formParam("email").strip();
        String next = SafeNext.of(ctx.formParam("next"));
        if (!Csrf.matches(secret, ctx.formParam(Csrf.FIELD))) {
            String fresh = signInSecret(ctx);
            send(ctx, 403, new SignInForm(email, Csrf.tokenFor(fresh), next, null,
                    "The sign-in form had expired. Sign in again.", Map.of()));
            return;
        }
        SessionResponse session;
        try {
            session = sessions.signIn(email, passwordOf(ctx), ctx.ip());
        } catch (ValidationException e) {
            send(ctx, 400, refused(secret, email, next, null, e));
            return;
        } catch (ApiException e) {
            int status = e.code().httpStatus();
            if (e.retryAfterSeconds() != null) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            send(ctx, status, refused(secret, email, next, refusal(e), null));
            return;
        }
        if (!session.staff().roles().contains(Role.SENCO) && !session.staff().roles().contains(Role.ADMIN)) {
            ConsoleUser user = sessions.resolve(session.token()).user();
            sessions.end(session.token());
            log.info("Console sign-in by staff {} without a console role: session ended", session.staff().id());
            errors.consoleNotForRole(ctx, user);
            return;
        }
        SessionCookies.clear(ctx, SessionCookies.SIGN_IN);
        SessionCookies.set(ctx, SessionCookies.SESSION, session.token());
        boolean senco = session.staff().roles().contains(Role.SENCO);
        ctx.redirect(next != null ? next : senco ? "/console/home" : "/console/staff", HttpStatus.SEE_OTHER);
    }

    public void signOut(Context ctx) {
        String token = SessionCookies.read(ctx, SessionCookies.SESSION);
        ConsoleSessions.Resolved resolved = sessions.resolve(token);
        if (resolved.user() == null) {
            ConsolePages.sendToSignIn(ctx, resolved.signedOut());
            return;
        }
        if (!Csrf.matches(token, ctx.formParam(Csrf.FIELD))) {
            errors.send(ctx, 403, resolved.user(), "This form has expired",
                    "Go back, reload the page and sign out again.");
            return;
        }
        sessions.end(token);
        SessionCookies.clear(ctx, SessionCookies.SESSION);
        ctx.redirect("/console/sign-in?reason=signed-out", HttpStatus.SEE_OTHER);
    }

    private static String landing(ConsoleUser user) {
        return user.isSenco() ? "/console/home" : "/console/staff";
    }

    /** A null password is refused by the request's own check, which names the field. */
    private static String passwordOf(Context ctx) {
        String password = ctx.formParam("password");
        return password == null || password.isEmpty() ? null : password;
    }

    private static String refusal(ApiException e) {
        if (e.code() == ErrorCode.RATE_LIMITED) {
            long minutes = Math.max(1, (e.retryAfterSeconds() + 59) / 60);
            return "Too many attempts. Sign-in is paused for this account or this computer: try again in "
                    + minutes + (minutes == 1 ? " minute." : " minutes.");
        }
        return e.getMessage();
    }

    private static SignInForm refused(String secret, String email, String next, String error, ValidationException e) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        String summary = error;
        if (e != null) {
            for (FieldError fe : e.errors()) {
                switch (fe.field()) {
                    case "email" -> fieldErrors.put("email", fe.code().equals("required")
                            ? "Enter your email address." : "The email address is too long.");
                    case "password" -> fieldErrors.put("password", fe.code().equals("required")
                            ? "Enter your password." : "The password is too long.");
                    default -> summary = fe.message();
                }
            }
            if (summary == null) {
                summary = "Check the details below.";
            }
        }
        return new SignInForm(email, Csrf.tokenFor(secret), next, null, summary, fieldErrors);
    }

    private void send(Context ctx, int status, SignInForm form) {
        templates.send(ctx, status, "console/sign-in.jte", Map.of("page", new Page(null, "Sign in", null, null), "form", form));
    }

    /** The browser's sign-in secret, made and set now if it has none. */
    private static String signInSecret(Context ctx) {
        String secret = SessionCookies.read(ctx, SessionCookies.SIGN_IN);
        if (secret == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            SessionCookies.set(ctx, SessionCookies.SIGN_IN, secret);
        }
        return secret;
    }

    private static String notice(String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "idle" -> "You were signed out after " + ConsoleSessions.IDLE_LIMIT.toMinutes()
                    + " minutes without activity. Sign in again to carry on.";
            case "ended" -> "Your session has ended. Sign in again to carry on.";
            case "signed-out" -> "You have signed out.";
            default -> null;
        };
    }
}
