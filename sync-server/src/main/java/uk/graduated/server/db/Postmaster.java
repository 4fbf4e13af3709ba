package uk.graduated.server.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The PostgreSQL server process of a data directory, found through its {@code postmaster.pid}. */
final class Postmaster {
    private Postmaster() {
    }

    static Optional<ProcessHandle> running(Path pgDataDirectory) {
        return readPid(pgDataDirectory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(Postmaster::isPostgres);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // no pid file (not running), or PostgreSQL is still writing it
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // The pid may belong to an unrelated program by now if PostgreSQL died long ago.
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }
}
