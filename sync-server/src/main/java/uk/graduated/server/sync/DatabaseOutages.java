package uk.graduated.server.sync;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.ErrorBody;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.web.BrowserErrors;
import uk.graduated.server.web.RequestIds;
import uk.graduated.server.web.Routes;

/**
 * The one place that turns "PostgreSQL cannot be reached" into 503 {@code unavailable} with
 * {@code Retry-After}, for every route: no connection from the pool in time, a connection that broke,
 * or a server shutting down. Clients retry after the pause; every other database error stays a 500.
 */
public final class DatabaseOutages implements Routes {
    /** Seconds a client waits before trying again; as long as /health asks a load balancer to wait. */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

    @Override
    public void addTo(Javalin app) {
        app.exception(JdbiException.class, DatabaseOutages::answer);
    }

    private static void answer(JdbiException e, Context ctx) {
        boolean outage = isOutage(e);
        // Never the exception's message: JDBI puts the statement's arguments there, PostgreSQL the
        // offending values, and those may be a pupil's name.
        if (outage) {
            log.warn("Database unavailable during {} {}: {} (SQLSTATE {})", ctx.method(), route(ctx),
                    e.getClass().getSimpleName(), sqlState(e));
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        } else {
            log.error("Database error in {} {}: {} (SQLSTATE {}) in {}", ctx.method(), route(ctx),
                    e.getClass().getSimpleName(), sqlState(e), statement(e));
        }
        if (BrowserErrors.isBrowserPath(ctx)) {
            BrowserErrors.send(ctx, outage ? 503 : 500, outage ? "The register is not available just now"
                    : "Something went wrong", outage ? "The database cannot be reached. Nothing was changed. Try again in a minute."
                    : "The page could not be shown. Try again; if it keeps failing, quote the reference below.");
            return;
        }
        ErrorCode code = outage ? ErrorCode.UNAVAILABLE : ErrorCode.INTERNAL_ERROR;
        ErrorBody body = new ErrorBody(code.code(), code.defaultMessage(), null, List.of(), requestId(ctx), null);
        ctx.status(code.httpStatus()).contentType(ContentType.APPLICATION_JSON).result(body.toJson());
    }

    /** SQLSTATE class 08 is a connection exception, 57P an operator intervention such as a shutdown. */
    static boolean isOutage(Throwable failure) {
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

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "none";
    }

    /** The SQL text, which is the server's own, without the values bound to it. */
    private static String statement(JdbiException e) {
        return e instanceof StatementException statement && statement.getStatementContext() != null
                ? statement.getStatementContext().getRawSql() : "(no statement)";
    }

    /** The route template, never the path: paths hold ids. */
    private static String route(Context ctx) {
        try {
            return ctx.endpointHandlerPath();
        } catch (IllegalStateException e) {
            return "(before routing)";
        }
    }

    private static String requestId(Context ctx) {
        String id = ctx.res().getHeader(RequestIds.HEADER);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
