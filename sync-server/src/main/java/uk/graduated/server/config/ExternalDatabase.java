package uk.graduated.server.config;

import java.util.Objects;

/**
 * Connection details of an existing PostgreSQL. The password stays out of {@link #toString()} so a
 * logged or printed config never reveals it.
 *
 * @param user     null when the URL carries it or the driver's default applies
 * @param password null when the server trusts the connection or the URL carries it
 */
public record ExternalDatabase(String jdbcUrl, String user, String password) {
    public ExternalDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--jdbc-url must start with jdbc:postgresql://");
        }
    }

    /** The URL with any {@code password=} parameter masked, for messages and logs. */
    public String safeUrl() {
        return JdbcUrls.withoutPassword(jdbcUrl);
    }

    @Override
    public String toString() {
        return "ExternalDatabase[jdbcUrl=" + safeUrl() + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
