package uk.graduated.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.StartupException;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.config.ExternalDatabase;
import uk.graduated.server.config.ServerConfig;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void embedded_restartedOnTheSameDataDirectory_keepsWhatWasWritten() {
        ServerConfig config = TestServers.config(dataDir, null);
        UUID schoolId = UUID.randomUUID();
        try (Database database = Database.start(config)) {
            database.jdbi().useHandle(handle -> handle
                    .execute("insert into school (id, name) values (?, ?)", schoolId, "Fernhill Primary"));
        }

        try (Database database = Database.start(config)) {
            String name = database.jdbi().withHandle(handle -> handle
                    .createQuery("select name from school where id = :id")
                    .bind("id", schoolId)
                    .mapTo(String.class)
                    .one());
            assertThat(name).isEqualTo("Fernhill Primary");
            assertThat(database.description())
                    .isEqualTo("embedded PostgreSQL 17.6, data in " + dataDir.toAbsolutePath().normalize());
        }
    }

    @Test
    void embedded_secondServerOnTheSameDataDirectory_isRefusedWithOneSentence() {
        ServerConfig config = TestServers.config(dataDir, null);
        try (Database first = Database.start(config)) {
            assertThatThrownBy(() -> Database.start(config))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("The data directory " + config.dataDir()
                            + " is in use by another running sync server: stop it or pass --data");
            Integer stillAnswering = first.jdbi().withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
            assertThat(stillAnswering).isEqualTo(1);
        }
    }

    @Test
    void external_atAClosedPort_failsWithOneSentenceThatHidesThePassword() throws IOException {
        int closedPort = closedPort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/graduated";
        ExternalDatabase database = new ExternalDatabase(url, "graduated", "Tr0ub4dor&3");

        assertThatThrownBy(() -> Database.start(TestServers.config(dataDir, database)))
                .isInstanceOf(StartupException.class)
                .hasMessage("Cannot reach PostgreSQL at " + url + ": connection refused")
                .message().doesNotContain("Tr0ub4dor");
    }

    @Test
    void external_withPasswordInTheUrl_neverShowsItInTheMessage() throws IOException {
        int closedPort = closedPort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/graduated?user=graduated&password=Tr0ub4dor&ssl=false";
        ExternalDatabase database = new ExternalDatabase(url, null, null);

        assertThatThrownBy(() -> Database.start(TestServers.config(dataDir, database)))
                .hasMessage("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort
                        + "/graduated?user=graduated&password=***&ssl=false: connection refused");
    }

    @Test
    void external_refusingTheUser_passesOnTheServersReasonWithoutThePassword() {
        ExternalDatabase fresh = TestPostgres.freshDatabase();
        // The test PostgreSQL trusts every local connection, so a user that does not exist is the refusal on offer.
        ExternalDatabase unknownUser = new ExternalDatabase(fresh.jdbcUrl().replace("user=postgres", "user=nobody"),
                "nobody", "Tr0ub4dor");

        assertThatThrownBy(() -> Database.start(TestServers.config(dataDir, unknownUser)))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("Cannot reach PostgreSQL at ")
                .hasMessageContaining("\"nobody\"")
                .message().doesNotContain("Tr0ub4dor").doesNotContain("\n");
    }

    @Test
    void external_databaseMigratedByANewerServer_isRefused() {
        ExternalDatabase database = TestPostgres.freshDatabase();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/migration", "classpath:db/newer")
                .load()
                .migrate();

        assertThatThrownBy(() -> Database.start(TestServers.config(dataDir, database)))
                .isInstanceOf(StartupException.class)
                .hasMessage("The database schema is at version 999, newer than this server knows:"
                        + " run the newer sync server that migrated it");
    }

    @Test
    void external_freshDatabase_isMigratedAndDescribed() {
        ExternalDatabase database = TestPostgres.freshDatabase();
        try (Database started = Database.start(TestServers.config(dataDir, database))) {
            Integer schools = started.jdbi().withHandle(h -> h.createQuery("select count(*) from school")
                    .mapTo(Integer.class).one());
            assertThat(schools).isZero();
            assertThat(started.description()).isEqualTo("PostgreSQL 17.6 at " + database.jdbcUrl());
        }
    }

    /** A port nothing listens on: bound once to learn a free number, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
