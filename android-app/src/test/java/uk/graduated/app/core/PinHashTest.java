package uk.graduated.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.Test;

public class PinHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    public void thePinItWasMadeFrom_matches_andAnotherDoesNot() {
        String stored = PinHash.create("4821", random);

        assertThat(PinHash.matches("4821", stored)).isTrue();
        assertThat(PinHash.matches("4822", stored)).isFalse();
        assertThat(PinHash.matches("48210", stored)).isFalse();
    }

    @Test
    public void theStoredForm_namesItsAlgorithmAndWork_andNeverHoldsThePin() {
        String stored = PinHash.create("4821", random);

        assertThat(stored).startsWith("pbkdf2-sha256:" + PinHash.ITERATIONS + ":");
        assertThat(stored.split(":")).hasSize(4);
        assertThat(java.util.Base64.getDecoder().decode(stored.split(":")[3])).hasSize(32);
    }

    @Test
    public void theSamePinTwice_isSaltedDifferently() {
        assertThat(PinHash.create("4821", random)).isNotEqualTo(PinHash.create("4821", random));
    }

    @Test
    public void anUnreadableStoredValue_neverMatches() {
        assertThat(PinHash.matches("4821", null)).isFalse();
        assertThat(PinHash.matches("4821", "4821")).isFalse();
        assertThat(PinHash.matches("4821", "pbkdf2-sha256:many:salt:hash")).isFalse();
        assertThat(PinHash.matches("4821", "pbkdf2-sha256:1000:%%%:hash")).isFalse();
    }
}
