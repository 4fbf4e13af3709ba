package uk.graduated.server.health;

import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.server.config.BuildInfo;

/** Asks PostgreSQL for its version: proof that a connection, a query and an answer all work. */
public final class HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(HealthCheck.class);
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final Jdbi jdbi;

    public HealthCheck(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public HealthReport run() {
        return HealthReport.of(database(), BuildInfo.version());
    }

    private DatabaseHealth database() {
        long started = System.nanoTime();
        try {
            String version = jdbi.withHandle(handle -> handle.createQuery("select version()")
                    .setQueryTimeout(QUERY_TIMEOUT_SECONDS)
                    .mapTo(String.class)
                    .one());
            return new DatabaseHealth.Up(version, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException e) {
            log.warn("Database health check failed: {}", e.getMessage());
            return new DatabaseHealth.Down();
        }
    }
}
