package uk.graduated.server.sync;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import uk.graduated.server.auth.ChangeLogCondition;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;

/** The plan PostgreSQL runs for a pull's change-log scan, for tests and benchmarks to show. */
public final class PullPlans {
    private PullPlans() {
    }

    /** {@code EXPLAIN (ANALYZE, COSTS OFF)} of the change-log page query of a pull after {@code afterVersion}. */
    public static List<String> changeLogScan(Jdbi jdbi, Principal principal, long afterVersion, int limit) {
        return jdbi.withHandle(h -> {
            ChangeLogCondition scope = Scope.of(principal).visibility(h, LocalDate.now(SyncFixture.CLOCK))
                    .changeLogCondition();
            Query explain = h.createQuery("explain (analyze, costs off) " + ChangeLog.afterSql(scope, afterVersion > 0))
                    .bind("school", principal.schoolId())
                    .bind("after", afterVersion)
                    .bind("limit", limit + 1);
            scope.binds().forEach(explain::bind);
            return explain.mapTo(String.class).list();
        });
    }

    /** The school clock's committed version: where an up-to-date tablet's cursor stands. */
    public static long clock(Jdbi jdbi, java.util.UUID schoolId) {
        return jdbi.withHandle(h -> SchoolClock.committed(h, schoolId));
    }
}
