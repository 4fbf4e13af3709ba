package uk.graduated.server.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import uk.graduated.server.StartupException;

/**
 * The embedded PostgreSQL library holds a file lock on {@code epg-lock} while its database runs.
 * Probing that lock first turns "a second server on the same data directory" into a clear message,
 * and tells a live server's PostgreSQL apart from one left behind by a killed server.
 */
final class DataDirectoryLock {
    static final String LOCK_FILE = "epg-lock";

    private DataDirectoryLock() {
    }

    static void ensureFree(Path pgDataDirectory) {
        if (isHeld(pgDataDirectory)) {
            throw new StartupException("The data directory " + pgDataDirectory.getParent()
                    + " is in use by another running sync server: stop it or pass --data");
        }
    }

    static boolean isHeld(Path pgDataDirectory) {
        Path lockFile = pgDataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false; // never started; creating the file here would make initdb refuse the directory
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this JVM, e.g. a second server started in one test run
        } catch (IOException e) {
            throw new StartupException("Cannot use the data directory " + pgDataDirectory + ": " + e.getMessage(), e);
        }
    }
}
