package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.Role;
import uk.graduated.server.auth.Principal;

class CursorTest {
    private static final UUID SCHOOL = UUID.fromString("01a207a2-3280-7269-b2a7-4de452e6b438");
    private static final UUID STAFF = UUID.fromString("01a207a6-60d0-7892-923f-0824128b2f33");
    private static final UUID DEVICE = UUID.fromString("01a207a4-49a8-70c5-a6a3-a4506513270e");

    @Test
    void cursor_readsBackAsIssued() {
        Cursor cursor = new Cursor(1210, 3, Cursor.scopeOf(new Principal(SCHOOL, STAFF, DEVICE, Set.of(Role.SENCO))));

        assertThat(Cursor.parse(cursor.encode())).contains(cursor);
        assertThat(cursor.encode()).matches("v1\\.1210\\.3\\.[0-9a-f]{16}");
    }

    @Test
    void textThatIsNotOurCursor_isNotACursor() {
        assertThat(Cursor.parse("djE6MTIwNTowMWEyMDdhYy1hNjQ4")).isEmpty();
        assertThat(Cursor.parse("v1.99999999999999999999.1.0123456789abcdef")).as("beyond a long").isEmpty();
        assertThat(Cursor.parse("v1.-1.1.0123456789abcdef")).isEmpty();
    }

    @Test
    void scope_differsWithPersonDeviceAndRoles() {
        String senco = Cursor.scopeOf(new Principal(SCHOOL, STAFF, DEVICE, Set.of(Role.SENCO)));

        assertThat(Cursor.scopeOf(new Principal(SCHOOL, STAFF, DEVICE, Set.of(Role.TEACHER)))).isNotEqualTo(senco);
        assertThat(Cursor.scopeOf(new Principal(SCHOOL, STAFF, UUID.randomUUID(), Set.of(Role.SENCO)))).isNotEqualTo(senco);
        assertThat(Cursor.scopeOf(new Principal(SCHOOL, null, DEVICE, Set.of()))).isNotEqualTo(senco);
        assertThat(Cursor.scopeOf(new Principal(SCHOOL, STAFF, DEVICE, Set.of(Role.SENCO)))).isEqualTo(senco);
    }
}
