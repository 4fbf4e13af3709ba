package uk.graduated.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.server.config.ServerConfig;
import uk.graduated.server.db.Database;
import uk.graduated.server.web.BindFailures;
import uk.graduated.server.web.WebServer;

/** The running server: database and HTTP, started in dependency order and stopped in reverse. */
public final class GraduatedServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GraduatedServer.class);

    private final ServerConfig config;
    private final Database database;
    private final WebServer web;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GraduatedServer(ServerConfig config, Database database, WebServer web) {
        this.config = config;
        this.database = database;
        this.web = web;
    }

    /**
     * Starts everything or nothing: on failure whatever had started is stopped again.
     *
     * @throws StartupException for problems the operator can fix (port taken, database unreachable)
     */
    public static GraduatedServer start(ServerConfig config) {
        BindFailures.ensurePortFree(config.host(), config.port());
        Database database = Database.start(config);
        try {
            WebServer web = WebServer.start(config, Features.routes(config, database));
            return new GraduatedServer(config, database, web);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Where clients on this machine reach it, e.g. {@code http://localhost:7070}. */
    public String baseUrl() {
        String host = config.host();
        boolean local = host.equals("0.0.0.0") || host.equals("127.0.0.1") || host.equals("::");
        return "http://" + (local ? "localhost" : host) + ":" + web.port();
    }

    /** The database, for tests and tools that prepare data beside the running server. */
    public Database database() {
        return database;
    }

    /** Every HTTP route this server serves. */
    public List<WebServer.ServedRoute> routes() {
        return web.routes();
    }

    public String databaseDescription() {
        return database.description();
    }

    /** Stops taking requests first, then closes the pool, then stops PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            web.close();
            log.info("HTTP server stopped");
        } finally {
            database.close();
        }
    }
}
