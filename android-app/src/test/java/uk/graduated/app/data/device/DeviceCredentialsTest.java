package uk.graduated.app.data.device;

import static org.assertj.core.api.Assertions.assertThat;

import android.content.Context;
import android.content.SharedPreferences;

import java.time.Instant;
import java.util.Map;
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

    private static SharedPreferences prefs() {
        return RuntimeEnvironment.getApplication().getSharedPreferences(DeviceCredentials.FILE, Context.MODE_PRIVATE);
    }

    private static Map<String, ?> stored() {
        return prefs().getAll();
    }

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
    public void tokens_areSealedAtRest_andNeverInClearInTheFile() {
        credentials.saveEnrolment("https://graduated.example.org", DEVICE, "gdv1.device-token-of-32-characters-x");
        credentials.saveSession(OKAFOR, "gss1.okafor-session-token", NOW.plusSeconds(3600));

        Map<String, ?> file = stored();
        assertThat(file.values()).noneMatch(v -> String.valueOf(v).contains("gdv1.") || String.valueOf(v).contains("gss1."));
        assertThat(String.valueOf(file.get("device_token"))).startsWith("gts1.");
        assertThat(new DeviceCredentials(RuntimeEnvironment.getApplication()).tokenFor(SyncScope.staff(OKAFOR)))
                .isEqualTo("gss1.okafor-session-token");
    }

    @Test
    public void aTokenStoredInClearByAnEarlierVersion_stillWorks_andIsSealedOnFirstUse() {
        prefs().edit().putString("server_url", "https://graduated.example.org").putString("device_id", DEVICE.toString())
                .putString("device_token", "gdv1.device-token-of-32-characters-x").commit();

        assertThat(credentials.isEnrolled()).isTrue();
        assertThat(credentials.tokenFor(SyncScope.device())).isEqualTo("gdv1.device-token-of-32-characters-x");
        assertThat(String.valueOf(stored().get("device_token"))).startsWith("gts1.");
        assertThat(credentials.keyLost()).isFalse();
    }

    @Test
    public void whenTheKeyIsGone_theEnrolmentCannotBeUsed_andSaysSo() {
        credentials.saveEnrolment("https://graduated.example.org", DEVICE, "gdv1.device-token-of-32-characters-x");
        credentials.saveSession(OKAFOR, "gss1.okafor", NOW.plusSeconds(3600));
        ((MemoryKeys) DeviceKeys.get()).lose();

        // A fresh start, as after a restore onto another tablet: nothing opened is remembered.
        DeviceCredentials restored = new DeviceCredentials(RuntimeEnvironment.getApplication());

        assertThat(restored.isEnrolled()).isFalse();
        assertThat(restored.keyLost()).isTrue();
        assertThat(restored.tokenFor(SyncScope.device())).isNull();
        assertThat(restored.tokenFor(SyncScope.staff(OKAFOR))).isNull();
        restored.clear();
        assertThat(restored.keyLost()).isFalse();
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
