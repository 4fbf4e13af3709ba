package uk.graduated.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.config.ServerConfig;

/**
 * The server's PostgreSQL: the embedded one in the data directory or an external one, behind a
 * connection pool, migrated, and reachable through {@link #jdbi()}.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    /** Short, so that /health answers "down" within seconds when PostgreSQL is gone. */
    private static final long CONNECTION_TIMEOUT_MS = 2_000;
    /** Connections to PostgreSQL; the sync routes admit fewer requests at once (SyncGate). */
    public static final int POOL_SIZE = 10;

    private final EmbeddedPostgresServer embedded;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String description;

    private Database(EmbeddedPostgresServer embedded, HikariDataSource pool, String description) {
        this.embedded = embedded;
        this.pool = pool;
        this.description = description;
        this.jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin()).installPlugin(new SqlObjectPlugin());
    }

    public static Database start(ServerConfig config) {
        EmbeddedPostgresServer embedded = null;
        HikariDataSource pool = null;
        try {
            if (config.usesEmbeddedDatabase()) {
                embedded = EmbeddedPostgresServer.start(config.embeddedDatabaseDir());
                pool = pool(embedded.jdbcUrl(), null, null);
            } else {
                ExternalDatabase external = config.externalDatabase();
                ConnectionProbe.check(external);
                pool = pool(external.jdbcUrl(), external.user(), external.password());
            }
            Migrations.apply(pool);
            String version = productVersion(pool);
            String description = embedded != null
                    ? "embedded PostgreSQL " + version + ", data in " + config.dataDir()
                    : "PostgreSQL " + version + " at " + config.externalDatabase().safeUrl();
            return new Database(embedded, pool, description);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** E.g. "embedded PostgreSQL 17.6, data in /root/.graduated/server", for the start-up line. */
    public String description() {
        return description;
    }

    /** Closes the pool first so no connection is cut mid-query by PostgreSQL stopping under it. */
    @Override
    public void close() {
        pool.close();
        log.info("Database connection pool closed");
        if (embedded != null) {
            embedded.close();
            log.info("Embedded PostgreSQL stopped");
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("graduated-db");
        hikari.setJdbcUrl(jdbcUrl);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        hikari.setValidationTimeout(CONNECTION_TIMEOUT_MS / 2);
        // A batch of inserts goes as one multi-row statement: a push's writes (register.Writes).
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(hikari);
    }

    private static String productVersion(HikariDataSource pool) {
        try (Connection connection = pool.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL stopped answering right after start-up", e);
        }
    }
}
