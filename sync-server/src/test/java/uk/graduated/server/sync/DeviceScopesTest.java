package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The held sets a tablet's cursors name stay as long as the tablet may still pull from them. */
class DeviceScopesTest {
    private static SyncFixture fixture;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aNewGeneration_keepsThePresentedOneAndTheOneBefore_forATabletThatPulledAheadOfAFailedPage() {
        UUID staff = fixture.ta.id();
        UUID device = fixture.tablet.id();
        Set<UUID> pupils = Set.of(UUID.randomUUID());

        List<Long> generations = fixture.jdbi().inTransaction(h -> {
            DeviceScopes scopes = new DeviceScopes(h, fixture.school.id());
            long first = scopes.save(device, staff, pupils, Set.of(), 0);
            long second = scopes.save(device, staff, pupils, Set.of(), first);
            long third = scopes.save(device, staff, pupils, Set.of(), second);
            long fourth = scopes.save(device, staff, pupils, Set.of(), third);
            return List.of(first, second, third, fourth);
        });

        List<Long> kept = fixture.jdbi().withHandle(h -> h.createQuery(
                        "select generation from device_scope where device_id = :device and staff_id = :staff order by generation")
                .bind("device", device).bind("staff", staff).mapTo(Long.class).list());
        assertThat(kept).as("the fourth was saved presenting the third: the second and third stay")
                .containsExactly(generations.get(1), generations.get(2), generations.get(3));
    }
}
