package uk.graduated.server.health;

/**
 * Body of {@code GET /health}, e.g.
 * {@code {"status":"up","database":{"status":"up","version":"PostgreSQL 17.6 ...","latencyMs":1},"version":"0.1.0-SNAPSHOT"}}.
 *
 * @param version this server's build version
 */
public record HealthReport(String status, DatabaseHealth database, String version) {
    public static HealthReport of(DatabaseHealth database, String serverVersion) {
        return new HealthReport(database.isUp() ? "up" : "down", database, serverVersion);
    }

    public boolean isUp() {
        return database.isUp();
    }
}
