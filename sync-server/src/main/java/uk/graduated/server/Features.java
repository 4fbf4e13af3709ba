package uk.graduated.server;

import java.util.List;
import uk.graduated.server.config.ServerConfig;
import uk.graduated.server.db.Database;
import uk.graduated.server.health.HealthCheck;
import uk.graduated.server.health.HealthRoutes;
import uk.graduated.server.web.Routes;

/** The composition root: every feature's services wired once, and the routes they serve. */
final class Features {
    private Features() {
    }

    static List<Routes> routes(ServerConfig config, Database database) {
        return List.of(
                new HealthRoutes(new HealthCheck(database.jdbi())));
    }
}
