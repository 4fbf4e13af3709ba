package uk.graduated.server.staff;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.graduated.model.validation.ValidationException;

class StaffEditTest {
    /** Found by the bad-input run: a null member is absent, so this edit asked for nothing and was accepted. */
    @Test
    void patch_withOnlyNullMembers_isRefusedLikeAnEmptyPatch() {
        assertThatThrownBy(() -> StaffEdit.fromJson("{\"displayName\":null}"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Send at least one of");
        assertThatThrownBy(() -> StaffEdit.fromJson("{}")).isInstanceOf(ValidationException.class);
    }
}
