package uk.graduated.app.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

public class UuidsTest {
    @Test
    public void v7_isAVersion7RfcVariantId_carryingItsCreationTime() {
        FakeClock clock = FakeClock.at("2026-11-23T09:47:12.345Z");

        UUID id = Uuids.v7(clock);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.now().toEpochMilli());
    }

    @Test
    public void idsMadeLater_sortLater() {
        FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
        UUID earlier = Uuids.v7(clock);
        clock.advance(Duration.ofMillis(1));
        UUID later = Uuids.v7(clock);

        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    public void idsMadeInTheSameMillisecond_differ() {
        Random random = new Random(3);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Uuids.v7(1_763_900_000_000L, random));
        }

        assertThat(ids).hasSize(10_000);
    }

    @Test
    public void timeOutside48Bits_isRefused() {
        assertThatThrownBy(() -> Uuids.v7(-1, new Random())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uuids.v7(1L << 48, new Random())).isInstanceOf(IllegalArgumentException.class);
    }
}
