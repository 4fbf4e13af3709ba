package uk.graduated.server.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import uk.graduated.server.TestPostgres;
import uk.graduated.server.TestServers;
import uk.graduated.server.db.Database;

/**
 * One database holding the demo school for every console service test of this JVM: loading it pushes
 * a few thousand records, so it is done once. Tests read it and must not change it.
 */
public final class DemoFixture {
    private static Database database;
    private static ConsoleTestSchool.Loaded school;

    private DemoFixture() {
    }

    public static synchronized Database database() {
        if (database == null) {
            try {
                database = Database.start(TestServers.config(Files.createTempDirectory("console-demo"),
                        TestPostgres.freshDatabase()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            school = ConsoleTestSchool.load(database.jdbi());
        }
        return database;
    }

    public static synchronized ConsoleTestSchool.Loaded school() {
        database();
        return school;
    }
}
