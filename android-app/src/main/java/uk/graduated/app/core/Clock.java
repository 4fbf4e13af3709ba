package uk.graduated.app.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The device's clock, behind an interface so tests can fix it. Its readings are recorded
 * ({@code clientTime}, {@code recordedAt}) and used for local dates and backoff, never to order
 * writes: the server's versions do that.
 */
public interface Clock {
    Instant now();

    /** The tablet's time zone, for "today" on the screens and the session-date check. */
    ZoneId zone();

    default LocalDate today() {
        return now().atZone(zone()).toLocalDate();
    }

    static Clock system() {
        return SystemClock.INSTANCE;
    }

    /** The real clock in the device's current zone. */
    final class SystemClock implements Clock {
        static final SystemClock INSTANCE = new SystemClock();

        private SystemClock() {
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public ZoneId zone() {
            return ZoneId.systemDefault();
        }
    }
}
