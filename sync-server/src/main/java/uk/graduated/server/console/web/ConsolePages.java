package uk.graduated.server.console.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.ApiException;

/**
 * Wraps every signed-in console page: finds the user from the session cookie (or sends the browser to
 * sign in), checks their role for the page's section, checks the form token of a POST, and turns
 * failures into HTML pages. A handler only reads its input, calls a service and renders.
 */
public final class ConsolePages {
    private static final Logger log = LoggerFactory.getLogger(ConsolePages.class);
    /** The longest page address sign-in returns to ({@code SafeNext}). */
    private static final int LONGEST_WAY_BACK = 500;

    /** A page's own work, for a user already checked. */
    @FunctionalInterface
    public interface PageHandler {
        void handle(Context ctx, ConsoleUser user) throws Exception;
    }

    private final ConsoleSessions sessions;
    private final ErrorPages errors;

    public ConsolePages(ConsoleSessions sessions, ErrorPages errors) {
        this.sessions = sessions;
        this.errors = errors;
    }

    /** A page of {@code section}; a POST must carry the session's form token. */
    public Handler of(Section section, PageHandler handler) {
        return ctx -> {
            ConsoleSessions.Resolved resolved = sessions.resolve(SessionCookies.read(ctx, SessionCookies.SESSION));
            if (resolved.user() == null) {
                sendToSignIn(ctx, resolved.signedOut());
                return;
            }
            ConsoleUser user = resolved.user();
            if (!user.managesStaffAndDevices()) {
                errors.consoleNotForRole(ctx, user);
                return;
            }
            if (!section.isOpenTo(user)) {
                errors.send(ctx, 403, user, "Not available to your role",
                        "Only the SENCO sees pupils' SEN records. Your role manages staff accounts and tablets.");
                return;
            }
            if (ctx.method() == HandlerType.POST && !canReadForm(ctx)) {
                errors.send(ctx, 400, user, "The form could not be read",
                        "What the browser sent was cut short or not a form. Nothing was saved. Go back and try again.");
                return;
            }
            if (ctx.method() == HandlerType.POST && !Csrf.matches(tokenOf(ctx), ctx.formParam(Csrf.FIELD))) {
                errors.send(ctx, 403, user, "This form has expired",
                        "The form was not sent from this console session, or the session changed since the page was "
                                + "opened. Go back, reload the page and try again.");
                return;
            }
            run(ctx, user, handler);
        };
    }

    /**
     * Whether the body can be read as a form. A multipart body without its boundary, cut short or with a
     * broken part makes Jetty throw when the fields are first read (an {@link IOException}, which Javalin
     * does not declare, or an {@link IllegalStateException}); that is the sender's fault, not the server's.
     */
    private static boolean canReadForm(Context ctx) throws Exception {
        try {
            ctx.formParamMap();
            return true;
        } catch (Exception e) {
            if (e instanceof IOException || e instanceof IllegalStateException || e instanceof ServletException) {
                return false;
            }
            throw e;
        }
    }

    /** The session token, which the form token of the session is derived from. */
    private static String tokenOf(Context ctx) {
        return SessionCookies.read(ctx, SessionCookies.SESSION);
    }

    private void run(Context ctx, ConsoleUser user, PageHandler handler) {
        try {
            handler.handle(ctx, user);
        } catch (ValidationException e) {
            errors.send(ctx, 400, user, "Some details are not valid", "Correct them and try again.", e.errors());
        } catch (ApiException e) {
            apiRefusal(ctx, user, e);
        } catch (JdbiException e) {
            databaseFailure(ctx, user, e);
        } catch (Exception e) {
            log.error("Console page failed: {} {}", ctx.method(), ctx.endpointHandlerPath(), e);
            errors.send(ctx, 500, user, "Something went wrong",
                    "The page could not be shown. Try again; if it keeps failing, quote the reference below.");
        }
    }

    private void apiRefusal(Context ctx, ConsoleUser user, ApiException e) {
        ErrorCode code = e.code();
        switch (code) {
            case NOT_FOUND -> errors.notFound(ctx, user);
            case RATE_LIMITED -> errors.send(ctx, 429, user, "Too many attempts", "Wait "
                    + e.retryAfterSeconds() + " seconds and try again.");
            case UNAUTHENTICATED, SESSION_EXPIRED -> sendToSignIn(ctx, ConsoleSessions.SignedOut.ENDED);
            default -> errors.send(ctx, code.httpStatus(), user, "Not allowed", e.getMessage());
        }
    }

    private void databaseFailure(Context ctx, ConsoleUser user, JdbiException e) {
        if (isOutage(e)) {
            log.warn("Database unavailable during console {} {}", ctx.method(), ctx.endpointHandlerPath());
            ctx.header("Retry-After", "5");
            errors.send(ctx, 503, user, "The register is not available just now",
                    "The database cannot be reached. Nothing was changed. Try again in a minute.");
            return;
        }
        log.error("Database error in console {} {}", ctx.method(), ctx.endpointHandlerPath(), e);
        errors.send(ctx, 500, user, "Something went wrong",
                "The page could not be shown. Try again; if it keeps failing, quote the reference below.");
    }

    /** No connection, a broken one (SQLSTATE 08) or a server shutting down (57P). */
    private static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** To the sign-in page, which comes back here afterwards (GET pages only) and says why it is shown. */
    public static void sendToSignIn(Context ctx, ConsoleSessions.SignedOut why) {
        SessionCookies.clear(ctx, SessionCookies.SESSION);
        StringBuilder target = new StringBuilder("/console/sign-in");
        String separator = "?";
        String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        // Sign-in ignores a longer way back anyway; sending it would overflow the response's headers (a 500).
        if (ctx.method() == HandlerType.GET && path.length() <= LONGEST_WAY_BACK) {
            target.append(separator).append("next=").append(URLEncoder.encode(path, StandardCharsets.UTF_8));
            separator = "&";
        }
        if (why == ConsoleSessions.SignedOut.IDLE || why == ConsoleSessions.SignedOut.ENDED) {
            target.append(separator).append("reason=").append(why == ConsoleSessions.SignedOut.IDLE ? "idle" : "ended");
        }
        ctx.redirect(target.toString(), io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
