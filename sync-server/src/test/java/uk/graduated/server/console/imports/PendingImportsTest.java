package uk.graduated.server.console.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.graduated.model.school.Role;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.MovableClock;
import uk.graduated.server.console.web.ConsoleUser;

/** Uploads waiting for confirmation: for their own session only, for half an hour, written once. */
class PendingImportsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/London"));
    private final PendingImports pending = new PendingImports(clock);
    private final Principal senco = new Principal(UUID.randomUUID(), UUID.randomUUID(), null, Set.of(Role.SENCO));
    private final ConsoleUser session = new ConsoleUser(senco, "Ms Okafor", "Larkspur Vale", "session-one-token");

    @Test
    void anUpload_isFoundByItsSession_untilItExpires() {
        String id = pending.put(session, "roll.csv", new byte[] {1, 2, 3});

        assertThat(pending.find(session, id)).get().extracting(PendingImports.Pending::fileName).isEqualTo("roll.csv");
        clock.advance(PendingImports.LIFETIME.minus(Duration.ofSeconds(1)));
        assertThat(pending.find(session, id)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(pending.find(session, id)).isEmpty();
    }

    @Test
    void anotherSession_orAnotherPerson_doesNotFindIt() {
        String id = pending.put(session, "roll.csv", new byte[] {1});

        ConsoleUser sameSencoElsewhere = new ConsoleUser(senco, "Ms Okafor", "Larkspur Vale", "session-two-token");
        Principal colleague = new Principal(senco.schoolId(), UUID.randomUUID(), null, Set.of(Role.SENCO));
        assertThat(pending.find(sameSencoElsewhere, id)).isEmpty();
        assertThat(pending.find(new ConsoleUser(colleague, "Mr Penhale", "Larkspur Vale", "session-one-token"), id))
                .isEmpty();
        assertThat(pending.find(session, id + "x")).isEmpty();
    }

    @Test
    void anUpload_isClaimedOnce_andKeepsOnlyItsResultOnceDone() {
        PendingImports.Pending upload = pending.find(session, pending.put(session, "roll.csv", new byte[] {1, 2}))
                .orElseThrow();

        assertThat(pending.claim(upload)).isTrue();
        assertThat(pending.claim(upload)).isFalse();
        pending.complete(upload, new ImportResult("roll.csv", 2, 0, 0, 0));

        PendingImports.Pending done = pending.find(session, upload.id()).orElseThrow();
        assertThat(done.isDone()).isTrue();
        assertThat(done.bytes()).isEmpty();
    }

    @Test
    void idsAreLongAndRandom() {
        String first = pending.put(session, "a.csv", new byte[] {1});
        String second = pending.put(session, "b.csv", new byte[] {1});

        assertThat(first).hasSize(24).isNotEqualTo(second);
    }
}
