package uk.graduated.app.data.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import uk.graduated.app.core.FakeClock;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class OfflinePinsTest {
    private static final UUID TA = UUID.fromString("7e620000-0000-4000-8000-000000000010");

    private final FakeClock clock = FakeClock.at("2028-01-17T08:40:00Z");
    private final OfflinePins pins = new OfflinePins(RuntimeEnvironment.getApplication(), clock);

    @Test
    public void aRememberedPin_matches_andTheStoreHoldsOnlyAHash() {
        pins.remember(TA, "4821");

        assertThat(pins.check(TA, "4821")).isEqualTo(OfflinePins.Check.MATCH);
        assertThat(RuntimeEnvironment.getApplication().getSharedPreferences(DeviceCredentials.FILE, 0).getAll().values())
                .noneMatch(value -> String.valueOf(value).equals("4821"))
                .anyMatch(value -> String.valueOf(value).startsWith("pbkdf2-sha256:"));
    }

    @Test
    public void someoneNeverSignedInHere_isUnknown() {
        assertThat(pins.check(TA, "4821")).isEqualTo(OfflinePins.Check.NEVER_SIGNED_IN_HERE);
    }

    @Test
    public void fiveWrongTries_lockForFifteenMinutes_evenForTheRightPin() {
        pins.remember(TA, "4821");
        for (int i = 0; i < OfflinePins.MAX_WRONG - 1; i++) {
            assertThat(pins.check(TA, "0000")).isEqualTo(OfflinePins.Check.WRONG);
        }
        assertThat(pins.check(TA, "0000")).isEqualTo(OfflinePins.Check.LOCKED);
        assertThat(pins.check(TA, "4821")).isEqualTo(OfflinePins.Check.LOCKED);

        clock.advance(OfflinePins.LOCK.plus(Duration.ofSeconds(1)));

        assertThat(pins.check(TA, "4821")).isEqualTo(OfflinePins.Check.MATCH);
    }

    @Test
    public void aWipe_forgetsThePins() {
        pins.remember(TA, "4821");

        new DeviceCredentials(RuntimeEnvironment.getApplication()).clear();

        assertThat(pins.check(TA, "4821")).isEqualTo(OfflinePins.Check.NEVER_SIGNED_IN_HERE);
    }
}
