package uk.graduated.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import uk.graduated.server.config.ExternalDatabase;

/**
 * One real PostgreSQL for the whole test JVM (starting one costs seconds); each test server gets a
 * database of its own in it, so tests do not see each other's rows. The library stops it and
 * deletes its temporary directory when the JVM exits.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private TestPostgres() {
    }

    /** A new, empty database; connect as the trusted superuser, without a password. */
    public static ExternalDatabase freshDatabase() {
        EmbeddedPostgres postgres = shared();
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return new ExternalDatabase(postgres.getJdbcUrl("postgres", name), "postgres", null);
    }

    private static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            try {
                shared = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }
}
