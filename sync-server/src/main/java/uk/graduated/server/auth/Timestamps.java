package uk.graduated.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** {@code timestamptz} columns to and from {@link Instant}, without the JVM's time zone getting involved. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * A bind value for a {@code timestamptz} parameter; null stays null. Cut to microseconds, which is
     * what PostgreSQL keeps: it would round the nanoseconds, and a lock end rounded up would outlast
     * the instant it was computed to end at.
     */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
