package uk.graduated.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.auth.Principal;

/**
 * An up-to-date tablet's pull is one statement: one range scan of {@code change_log_by_version} that
 * finds nothing, whatever the size of the school's log, and lookups by primary key for the rest (a
 * table of a row or two, as here, is read whole instead: one page either way).
 */
class EmptyPullPlanTest {
    private static final int LOG_ROWS = 50_000;
    private static SyncFixture fixture;
    private static long newest;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        fixture = SyncFixture.start(dataDir);
        fixture.jdbi().useHandle(h -> {
            h.createUpdate("""
                            insert into change_log (school_id, entity_id, entity_type, version, deleted, pupil_ids)
                            select :school, gen_random_uuid(), 'sen_need', 1000 + n, false, array[gen_random_uuid()]
                            from generate_series(1, :rows) n""")
                    .bind("school", fixture.school.id())
                    .bind("rows", LOG_ROWS)
                    .execute();
            h.execute("analyze change_log");
        });
        newest = 1000 + LOG_ROWS;
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void emptyPull_ofTheWholeSchool_isOneIndexRangeScan() {
        assertIndexScanFindingNothing(SyncFixture.on(fixture.senco, fixture.tablet), PullPlans.UP_TO_DATE_SCAN);
    }

    @Test
    void emptyPull_ofATeachingAssistant_isOneIndexRangeScan() {
        assertIndexScanFindingNothing(SyncFixture.on(fixture.ta, fixture.tablet), PullPlans.UP_TO_DATE_SCAN);
    }

    @Test
    void pageRead_atTheNewestVersion_isOneIndexRangeScan() {
        assertIndexScanFindingNothing(SyncFixture.on(fixture.ta, fixture.tablet), 501);
    }

    private static void assertIndexScanFindingNothing(Principal principal, int scanLimit) {
        List<String> plan = PullPlans.changeLogScan(fixture.jdbi(), principal, newest, scanLimit);

        String text = String.join("\n", plan);
        assertThat(text).contains("Index Scan using change_log_by_version on change_log")
                .doesNotContain("Seq Scan on change_log")
                .contains("rows=0 loops=1");
    }
}
