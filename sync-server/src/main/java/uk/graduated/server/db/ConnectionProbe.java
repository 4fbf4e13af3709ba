package uk.graduated.server.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import uk.graduated.server.StartupException;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.config.JdbcUrls;

/**
 * Opens one plain connection to an external PostgreSQL before the pool exists, so that "cannot
 * connect" becomes one clear sentence instead of a pool's stack trace.
 */
final class ConnectionProbe {
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private ConnectionProbe() {
    }

    static void check(ExternalDatabase database) {
        Properties properties = new Properties();
        if (database.user() != null) {
            properties.setProperty("user", database.user());
        }
        if (database.password() != null) {
            properties.setProperty("password", database.password());
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        try {
            DriverManager.getConnection(database.jdbcUrl(), properties).close();
        } catch (SQLException e) {
            throw new StartupException(
                    "Cannot reach PostgreSQL at " + database.safeUrl() + ": " + reason(e, database.password()), e);
        }
    }

    /** A short cause a person can act on; never contains the password. */
    static String reason(SQLException e, String password) {
        String reason = describe(e);
        if (password != null && !password.isEmpty()) {
            reason = reason.replace(password, "***");
        }
        return JdbcUrls.withoutPassword(reason);
    }

    private static String describe(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host " + cause.getMessage();
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (cause instanceof SocketTimeoutException) {
                return "no answer within " + CONNECT_TIMEOUT_SECONDS + " seconds";
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Server messages arrive as "FATAL: password authentication failed for user ..."
        return message.replaceFirst("^(FATAL|ERROR): ", "");
    }
}
