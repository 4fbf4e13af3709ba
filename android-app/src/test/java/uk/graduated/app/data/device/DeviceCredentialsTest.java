package uk.graduated.app.data.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import uk.graduated.app.sync.engine.SyncScope;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 35)
public class DeviceCredentialsTest {
    private static final UUID DEVICE = UUID.fromString("01a207a4-49a8-70c5-a6a3-a4506513270e");
    private static final UUID OKAFOR = UUID.fromString("01a207a6-60d0-7892-923f-0824128b2f33");
    private static final UUID PELL = UUID.fromString("01a207a6-60d0-7892-923f-0824128b2f34");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final DeviceCredentials credentials = new DeviceCredentials(RuntimeEnvironment.getApplication());

    @Test
    public void enrolment_givesTheDeviceScopeItsToken() {
        assertThat(credentials.isEnrolled()).isFalse();

        credentials.saveEnrolment("https://graduated.example.org", DEVICE, "gdv1.device-token-of-32-characters-x");

        assertThat(credentials.isEnrolled()).isTrue();
        assertThat(credentials.deviceId()).isEqualTo(DEVICE);
        assertThat(credentials.serverUrl()).isEqualTo("https://graduated.example.org");
        assertThat(credentials.tokenFor(SyncScope.device())).isEqualTo("gdv1.device-token-of-32-characters-x");
    }

    @Test
    public void sessions_lastUntilTheyExpireOrThePersonSignsOut() {
        credentials.saveSession(OKAFOR, "gss1.okafor", NOW.plusSeconds(3600));
        credentials.saveSession(PELL, "gss1.pell", NOW.minusSeconds(1));

        assertThat(credentials.signedIn(NOW)).containsExactly(OKAFOR);
        assertThat(credentials.tokenFor(SyncScope.staff(OKAFOR))).isEqualTo("gss1.okafor");

        credentials.endSession(OKAFOR);

        assertThat(credentials.signedIn(NOW)).isEmpty();
        assertThat(credentials.tokenFor(SyncScope.staff(OKAFOR))).isNull();
    }

    @Test
    public void clear_forgetsEverything() {
        credentials.saveEnrolment("https://graduated.example.org", DEVICE, "gdv1.device-token-of-32-characters-x");
        credentials.saveSession(OKAFOR, "gss1.okafor", NOW.plusSeconds(3600));

        credentials.clear();

        assertThat(credentials.isEnrolled()).isFalse();
        assertThat(credentials.signedIn(NOW)).isEmpty();
    }
}
