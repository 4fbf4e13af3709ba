package uk.graduated.server;

import java.nio.file.Path;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.config.ServerConfig;

/** Starts real servers on a free port of the loopback interface. */
public final class TestServers {
    private TestServers() {
    }

    /** A server on its own fresh database in the shared test PostgreSQL. */
    public static GraduatedServer startOnFreshDatabase(Path dataDir) {
        return GraduatedServer.start(config(dataDir, TestPostgres.freshDatabase()));
    }

    /** A server with its own embedded PostgreSQL in {@code dataDir}, as in production. */
    public static GraduatedServer startEmbedded(Path dataDir) {
        return GraduatedServer.start(config(dataDir, null));
    }

    public static ServerConfig config(Path dataDir, ExternalDatabase database) {
        return new ServerConfig("127.0.0.1", 0, dataDir, database);
    }
}
