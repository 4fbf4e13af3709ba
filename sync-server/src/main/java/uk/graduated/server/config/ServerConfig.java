package uk.graduated.server.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the server needs to start, resolved from flags and environment.
 *
 * @param host             address the HTTP server binds to; {@code 127.0.0.1} keeps it private to this
 *                         machine, {@code 0.0.0.0} lets tablets on the school network reach it
 * @param port             HTTP port; 0 picks a free one (tests)
 * @param dataDir          where the embedded database ({@code pgdata/}) and, later, photos live
 * @param externalDatabase an existing PostgreSQL to use instead of the embedded one, or null
 */
public record ServerConfig(String host, int port, Path dataDir, ExternalDatabase externalDatabase) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public boolean usesEmbeddedDatabase() {
        return externalDatabase == null;
    }

    public Path embeddedDatabaseDir() {
        return dataDir.resolve("pgdata");
    }
}
