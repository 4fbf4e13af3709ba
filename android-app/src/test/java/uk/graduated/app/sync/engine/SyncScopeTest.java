package uk.graduated.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.Test;

public class SyncScopeTest {
    @Test
    public void keys_readBackAsTheSameScope() {
        SyncScope person = SyncScope.staff(UUID.fromString("01a207a6-60d0-7892-923f-0824128b2f33"));

        assertThat(SyncScope.fromKey(person.key())).isEqualTo(person);
        assertThat(SyncScope.fromKey(SyncScope.device().key())).isEqualTo(SyncScope.device());
        assertThat(person.key()).isEqualTo("staff:01a207a6-60d0-7892-923f-0824128b2f33");
    }

    @Test
    public void unknownKey_isRefused() {
        assertThatThrownBy(() -> SyncScope.fromKey("school")).isInstanceOf(IllegalArgumentException.class);
    }
}
