package uk.graduated.app.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand. */
public final class FakeClock implements Clock {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Instant now;

    public FakeClock(Instant now) {
        this.now = now;
    }

    public static FakeClock at(String instant) {
        return new FakeClock(Instant.parse(instant));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return LONDON;
    }
}
