package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.bench.StatementCounter;
import uk.graduated.server.testing.TestAccounts;

/** Pages in version order with a cursor and a has-more flag; each scope sees only its records. */
class PullPagingTest {
    private static SyncFixture fixture;
    private static Principal senco;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        senco = SyncFixture.on(fixture.senco, fixture.tablet);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void pagesSmallerThanTheChanges_deliverEveryRecordOnce_inVersionOrder() {
        String cursor = fixture.pullAll(senco, null).cursor();
        List<UUID> pupils = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID pupil = UUID.randomUUID();
            fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
            pupils.add(pupil);
        }

        List<Change> received = new ArrayList<>();
        int pages = 0;
        PullResponse page;
        do {
            page = fixture.pull.pull(senco, new PullRequest(cursor, 3));
            assertThat(page.changes().size() + page.removals().size()).isLessThanOrEqualTo(3);
            received.addAll(page.changes());
            cursor = page.nextCursor();
            pages++;
        } while (page.hasMore());

        assertThat(received).extracting(Change::entityId).containsExactlyElementsOf(pupils);
        assertThat(received).extracting(Change::version).isSorted();
        assertThat(pages).isEqualTo(3);
        assertThat(fixture.pull.pull(senco, new PullRequest(cursor, 3)).changes()).isEmpty();
    }

    @Test
    void deviceToken_pullsTheSchoolAndItsStaff_forTheSignInScreen_andNoPupil() {
        UUID pupil = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));
        fixture.jdbi().useHandle(h -> h.execute("update school set phase = 'primary' where id = ?", fixture.school.id()));

        SyncFixture.Pulled pulled = fixture.pullAll(TestAccounts.principal(fixture.tablet), null);

        assertThat(pulled.changes()).extracting(Change::entityType).containsOnly(EntityType.SCHOOL, EntityType.STAFF);
        assertThat(pulled.changedIds()).contains(fixture.school.id(), fixture.senco.id(), fixture.ta.id(),
                fixture.practitioner.id(), fixture.teacher.id());
        Change school = pulled.changes().stream().filter(c -> c.entityType() == EntityType.SCHOOL).findFirst().orElseThrow();
        assertThat(school.fields().get("phase").getAsString()).isEqualTo("primary");
    }

    @Test
    void emptyPull_keepsItsCursorAndSaysNothingMore() {
        String cursor = fixture.pullAll(senco, null).cursor();

        PullResponse page = fixture.pull.pull(senco, new PullRequest(cursor, 500));

        assertThat(page.changes()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isEqualTo(cursor);
    }

    @Test
    void emptyPull_ofTheWholeSchool_isOneStatement_withoutATransaction() {
        String cursor = fixture.pullAll(senco, null).cursor();

        List<String> statements = statementsOf(() -> fixture.pull.pull(senco, new PullRequest(cursor, 500)));

        assertThat(statements).singleElement().asString()
                .contains("from change_log").contains("from school_clock").contains("from school_sync_state")
                .contains("device_scope");
    }

    @Test
    void emptyPull_ofATeachingAssistant_isTheirScopeAndOneStatement() {
        Principal ta = SyncFixture.on(fixture.ta, fixture.tablet);
        String cursor = fixture.pullAll(ta, null).cursor();

        List<String> statements = statementsOf(() -> fixture.pull.pull(ta, new PullRequest(cursor, 500)));

        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).contains("from change_log");
    }

    @Test
    void pullWithChanges_readsThemInOneReadOnlyRepeatableReadTransaction() {
        String cursor = fixture.pullAll(senco, null).cursor();
        UUID pupil = UUID.randomUUID();
        fixture.create(EntityType.PUPIL, fixture.records.pupil(pupil, "Oak"));

        List<String> statements = statementsOf(() -> assertThat(fixture.pull.pull(senco, new PullRequest(cursor, 500))
                .changes()).extracting(Change::entityId).containsExactly(pupil));

        assertThat(statements).first().asString().contains("from change_log");
        assertThat(statements.get(1)).isEqualTo("set transaction isolation level repeatable read, read only");
    }

    private static List<String> statementsOf(Runnable pull) {
        StatementCounter counter = StatementCounter.installOn(fixture.jdbi());
        try {
            pull.run();
        } finally {
            StatementCounter.removeFrom(fixture.jdbi());
        }
        return counter.statements();
    }
}
