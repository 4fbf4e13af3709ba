package uk.graduated.app.simulation;

import java.net.URI;
import java.nio.file.Path;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.config.ServerConfig;
import uk.graduated.server.db.Database;

/**
 * The simulation's sync server, which can be stopped and started again as a school's server is (an
 * update, a power cut): the new one listens on the same port and uses the same database, so the
 * tablets' address, tokens and records all still hold, while whatever the server kept in memory is
 * gone. The simulation's own work beside the server (accounts, the office's changes, the checks) goes
 * through a connection pool of its own, which outlives every server.
 */
final class RestartableServer implements AutoCloseable {
    private final ServerConfig config;
    private final Database beside;
    private GraduatedServer running;

    private RestartableServer(ServerConfig config, GraduatedServer first) {
        this.config = config;
        this.running = first;
        this.beside = Database.start(config);
    }

    /** A server on a fresh database of the shared test PostgreSQL, on a free port it keeps. */
    static RestartableServer start(Path dataDir) {
        ExternalDatabase database = TestPostgres.freshDatabase();
        GraduatedServer first = GraduatedServer.start(TestServers.config(dataDir, database));
        int port = URI.create(first.baseUrl()).getPort();
        return new RestartableServer(new ServerConfig("127.0.0.1", port, dataDir, database), first);
    }

    String baseUrl() {
        return "http://localhost:" + config.port();
    }

    /** The server's database, reached without the server: what the console and the checks use. */
    Database database() {
        return beside;
    }

    boolean running() {
        return running != null;
    }

    /** Stops taking requests and closes the server's pool, as its process ending would. */
    void stop() {
        running.close();
        running = null;
    }

    /** A new server on the same port and database. */
    void start() {
        running = GraduatedServer.start(config);
    }

    @Override
    public void close() {
        if (running != null) {
            running.close();
        }
        beside.close();
    }
}
