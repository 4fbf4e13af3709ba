package uk.graduated.server.config;

import java.nio.file.Path;
import java.util.Objects;
import uk.graduated.model.sync.ProtocolVersion;

/**
 * Everything the server needs to start, resolved from flags and environment.
 *
 * @param host             address the HTTP server binds to; {@code 127.0.0.1} keeps it private to this
 *                         machine, {@code 0.0.0.0} lets tablets on the school network reach it
 * @param port             HTTP port; 0 picks a free one (tests)
 * @param dataDir          where the embedded database ({@code pgdata/}) and, later, photos live
 * @param externalDatabase an existing PostgreSQL to use instead of the embedded one, or null
 * @param oldestProtocol   the oldest app protocol still served; older apps are told to update (426)
 */
public record ServerConfig(String host, int port, Path dataDir, ExternalDatabase externalDatabase,
                           ProtocolVersion oldestProtocol) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        Objects.requireNonNull(oldestProtocol, "oldestProtocol");
    }

    public ServerConfig(String host, int port, Path dataDir, ExternalDatabase externalDatabase) {
        this(host, port, dataDir, externalDatabase, ProtocolVersion.OLDEST_SUPPORTED);
    }

    public boolean usesEmbeddedDatabase() {
        return externalDatabase == null;
    }

    public Path embeddedDatabaseDir() {
        return dataDir.resolve("pgdata");
    }
}
