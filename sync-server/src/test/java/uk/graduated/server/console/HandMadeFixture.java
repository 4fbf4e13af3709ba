package uk.graduated.server.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.db.Database;

/** One database holding the {@link HandMadeSchool} for the service tests of this JVM; tests only read it. */
public final class HandMadeFixture {
    private static Database database;
    private static HandMadeSchool.Loaded school;

    private HandMadeFixture() {
    }

    public static synchronized Database database() {
        if (database == null) {
            try {
                database = Database.start(TestServers.config(Files.createTempDirectory("console-hand-made"),
                        TestPostgres.freshDatabase()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            school = HandMadeSchool.load(database.jdbi());
        }
        return database;
    }

    public static synchronized HandMadeSchool.Loaded school() {
        database();
        return school;
    }
}
