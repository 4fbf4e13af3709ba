package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class BackoffTest {
    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    public void delay_liesInTheUpperHalfOfADoublingCeiling_untilTheCap() {
        Backoff backoff = new Backoff(new Random(7));
        for (int failures = 1; failures <= 14; failures++) {
            long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << (failures - 1));
            for (int sample = 0; sample < 500; sample++) {
                assertThat(backoff.delay(failures, null).toMillis())
                        .as("failures=%d", failures)
                        .isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    public void delay_neverPassesTheCap_howeverManyFailures() {
        Backoff backoff = new Backoff(new Random(7));

        for (int failures : new int[] {9, 10, 62, 63, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(backoff.delay(failures, null)).isBetween(CAP.dividedBy(2), CAP);
        }
    }

    @Test
    public void delay_isSpreadOut_soTabletsDoNotReturnTogether() {
        Backoff backoff = new Backoff(new Random(7));
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            delays.add(backoff.delay(6, null));
        }

        assertThat(delays.stream().distinct().count()).isGreaterThan(40);
    }

    @Test
    public void delay_isNeverSoonerThanRetryAfter_evenBeyondTheCap() {
        Backoff backoff = new Backoff(new Random(7));

        assertThat(backoff.delay(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(20, Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    public void sameSeed_givesTheSameDelays() {
        Backoff a = new Backoff(new Random(99));
        Backoff b = new Backoff(new Random(99));

        for (int failures = 1; failures < 10; failures++) {
            assertThat(a.delay(failures, null)).isEqualTo(b.delay(failures, null));
        }
    }

    @Test
    public void failuresCountFromOne() {
        Backoff backoff = new Backoff(new Random(7));

        assertThatThrownBy(() -> backoff.delay(0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void capBelowBase_isRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
