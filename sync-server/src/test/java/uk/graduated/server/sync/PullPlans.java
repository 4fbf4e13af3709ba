package uk.graduated.server.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import uk.graduated.server.auth.ChangeLogCondition;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;

/** The plan PostgreSQL runs for a pull's one statement (its change-log scan), for tests and benchmarks to show. */
public final class PullPlans {
    private PullPlans() {
    }

    /** The change-log rows an up-to-date tablet's pull asks for: whether anything is new. */
    public static final int UP_TO_DATE_SCAN = 1;

    /**
     * {@code EXPLAIN (ANALYZE, COSTS OFF)} of the {@link PullSnapshot} statement of a pull after
     * {@code afterVersion} that scans up to {@code scanLimit} change-log rows (a page's limit plus one,
     * or {@link #UP_TO_DATE_SCAN}), with a person's held set at generation 1.
     */
    public static List<String> changeLogScan(Jdbi jdbi, Principal principal, long afterVersion, int scanLimit) {
        return jdbi.withHandle(h -> {
            ChangeLogCondition scope = Scope.of(principal).visibility(h, LocalDate.now(SyncFixture.CLOCK))
                    .changeLogCondition();
            PullSnapshot.HeldKey held = principal.isPerson() && afterVersion > 0
                    ? new PullSnapshot.HeldKey(principal.deviceId(), principal.staffId(), 1) : null;
            Query explain = h.createQuery("explain (analyze, costs off) "
                    + PullSnapshot.sql(scope, afterVersion > 0, held != null));
            PullSnapshot.binds(principal.schoolId(), afterVersion, held, scope, scanLimit).forEach(explain::bind);
            return explain.mapTo(String.class).list();
        });
    }

    /** The school clock's committed version: where an up-to-date tablet's cursor stands. */
    public static long clock(Jdbi jdbi, UUID schoolId) {
        return jdbi.withHandle(h -> h.createQuery("select version from school_clock where school_id = :school")
                .bind("school", schoolId)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }
}
