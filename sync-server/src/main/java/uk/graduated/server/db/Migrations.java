package uk.graduated.server.db;

import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.server.StartupException;

/** Brings the schema up to date with {@code db/migration/V*.sql} on every start. */
final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static void apply(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        refuseNewerSchema(flyway);
        MigrateResult result = flyway.migrate();
        log.info("Database schema at version {} ({} migration(s) applied now)",
                flyway.info().current().getVersion(), result.migrationsExecuted);
    }

    /**
     * Flyway by default ignores applied migrations it does not know. An older server on a database
     * a newer one has migrated would then write data the new schema does not expect, so it stops instead.
     */
    private static void refuseNewerSchema(Flyway flyway) {
        Optional<MigrationInfo> unknown = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (unknown.isPresent()) {
            throw new StartupException("The database schema is at version " + unknown.get().getVersion()
                    + ", newer than this server knows: run the newer sync server that migrated it");
        }
    }
}
