package uk.graduated.server;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import uk.graduated.server.config.ServerConfig;
import uk.graduated.server.console.ConsoleRoutes;
import uk.graduated.server.db.Database;
import uk.graduated.server.health.HealthCheck;
import uk.graduated.server.health.HealthRoutes;
import uk.graduated.server.photo.PhotoRoutes;
import uk.graduated.server.school.AccountRoutes;
import uk.graduated.server.sync.DatabaseOutages;
import uk.graduated.server.sync.SyncRoutes;
import uk.graduated.server.sync.SyncSettings;
import uk.graduated.server.web.Routes;

/** The composition root: every feature's services wired once, and the routes they serve. */
final class Features {
    /** English schools' dates: who is on roll and in a group is judged on the school's "today". */
    private static final Clock SCHOOL_CLOCK = Clock.system(ZoneId.of("Europe/London"));

    private Features() {
    }

    static List<Routes> routes(ServerConfig config, Database database) {
        return List.of(
                new HealthRoutes(new HealthCheck(database.jdbi())),
                new AccountRoutes(database.jdbi(), Clock.systemUTC()),
                new SyncRoutes(database.jdbi(), SCHOOL_CLOCK, SyncSettings.DEFAULTS),
                new PhotoRoutes(database.jdbi(), config.dataDir(), SCHOOL_CLOCK),
                new ConsoleRoutes(database.jdbi(), SCHOOL_CLOCK),
                new DatabaseOutages());
    }
}
