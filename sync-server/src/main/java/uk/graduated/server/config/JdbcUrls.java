package uk.graduated.server.config;

import java.util.regex.Pattern;

/** PostgreSQL JDBC URLs may carry {@code password=...}; this masks it wherever a URL is shown. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("([?&;]password=)[^&;]*", Pattern.CASE_INSENSITIVE);

    private JdbcUrls() {
    }

    public static String withoutPassword(String jdbcUrl) {
        return PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
    }
}
