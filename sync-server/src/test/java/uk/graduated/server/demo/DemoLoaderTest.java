package uk.graduated.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.sync.PullService;

class DemoLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static GraduatedServer server;
    private static DemoSchool demo;
    private static DemoLoader.Loaded loaded;

    @BeforeAll
    static void load(@TempDir Path dataDir) {
        server = TestServers.startOnFreshDatabase(dataDir);
        demo = DemoSchoolGenerator.generate(42, TODAY, DemoSize.PRIMARY);
        loaded = new DemoLoader(server.database().jdbi(), CLOCK, new SecretHasher()).load(demo, "demo-password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int count(String table) {
        Jdbi jdbi = server.database().jdbi();
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }

    @Test
    void everyRecordOfTheDemoSchool_isStoredOnce() {
        assertThat(loaded.alreadyLoaded()).isFalse();
        assertThat(count("pupil")).isEqualTo(demo.pupils().size());
        assertThat(count("session_log")).isEqualTo(demo.sessions().size());
        assertThat(count("observation")).isEqualTo(demo.observations().size());
        assertThat(count("staff")).isEqualTo(demo.staff().size());
        assertThat(count("device")).isEqualTo(demo.devices().size());
        // The school and staff rows come from accounts, not sync records; everything else is in the change log.
        assertThat(loaded.records()).isEqualTo(count("change_log where entity_type not in ('school', 'staff')"));
    }

    @Test
    void loadingAgain_changesNothing() {
        int before = count("change_log");

        DemoLoader.Loaded again = new DemoLoader(server.database().jdbi(), CLOCK, new SecretHasher()).load(demo, "demo-password");

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(count("change_log")).isEqualTo(before);
    }

    @Test
    void aTeachingAssistantsTablet_pullsOnlyThePupilsOfTheirGroups() {
        DemoStaff ta = demo.staff().stream().filter(s -> s.member().roles().contains(Role.TEACHING_ASSISTANT)).findFirst().orElseThrow();
        Set<UUID> theirGroups = new HashSet<>();
        demo.interventions().stream().filter(i -> i.leadStaffIds().contains(ta.member().id())).forEach(i -> theirGroups.add(i.id()));
        Set<UUID> theirPupils = new HashSet<>();
        demo.memberships().stream().filter(m -> theirGroups.contains(m.interventionId())).forEach(m -> theirPupils.add(m.pupilId()));
        Principal principal = new Principal(loaded.schoolId(), ta.member().id(), demo.devices().get(0).id(), ta.member().roles());

        Set<UUID> pulledPupils = new HashSet<>();
        PullRequest request = PullRequest.first();
        PullService pull = new PullService(server.database().jdbi(), CLOCK);
        for (int pages = 0; pages < 100; pages++) {
            PullResponse page = pull.pull(principal, request);
            for (Change c : page.changes()) {
                if (c.entityType() == EntityType.PUPIL) {
                    pulledPupils.add(c.entityId());
                }
            }
            if (!page.hasMore()) {
                break;
            }
            request = new PullRequest(page.nextCursor(), request.limit());
        }

        assertThat(pulledPupils).isNotEmpty().isSubsetOf(theirPupils);
        assertThat(pulledPupils.size()).isLessThan(demo.pupils().size() / 4);
    }
}
