package uk.graduated.server.sync;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import uk.graduated.server.auth.ChangeLogCondition;

/**
 * What every pull reads first, in one statement: the highest purged tombstone version, the school
 * clock's committed version, the held set the cursor names and the change log after the cursor. One
 * statement sees one snapshot, also outside a transaction, so every change up to the committed
 * version is in the scan and none above it is (its writer still holds the clock): a pull that has
 * seen version n has seen every version below it (docs/architecture.md, "The school clock"). An
 * up-to-date tablet's pull is answered from this statement alone.
 *
 * @param purgedThrough the highest version whose tombstone may have been purged, 0 when none was
 * @param committed     the school clock's committed version
 * @param held          the held set the cursor names; null when not asked for, or gone
 * @param scanned       the change log after the cursor, in version order, up to the limit asked for
 */
record PullSnapshot(long purgedThrough, long committed, DeviceScopes.Held held, List<ChangeLog.Entry> scanned) {
    /** Whose held set to read: a person's on one tablet, at the generation their cursor names. */
    record HeldKey(UUID deviceId, UUID staffId, long generation) {
    }

    /**
     * @param heldKey        null for a first pull or a device scope, which keep no held set
     * @param withTombstones false for a first pull, whose device holds nothing to delete
     */
    static PullSnapshot read(Handle handle, UUID schoolId, long after, HeldKey heldKey, ChangeLogCondition scope,
                             int limit, boolean withTombstones) {
        Query query = handle.createQuery(sql(scope, withTombstones, heldKey != null));
        binds(schoolId, after, heldKey, scope, limit).forEach(query::bind);
        return query.reduceResultSet(new Rows(), (rows, rs, ctx) -> {
            if (rs.getObject("entity_id") != null) {
                rows.scanned.add(ChangeLog.entry(rs));
            } else {
                rows.purgedThrough = rs.getLong("purged_through");
                rows.committed = rs.getLong("committed");
                UUID[] pupils = (UUID[]) arrayOrNull(rs.getArray("held_pupils"));
                UUID[] interventions = (UUID[]) arrayOrNull(rs.getArray("held_interventions"));
                if (heldKey != null && pupils != null && interventions != null) {
                    rows.held = new DeviceScopes.Held(heldKey.generation(), new HashSet<>(Arrays.asList(pupils)),
                            new HashSet<>(Arrays.asList(interventions)));
                }
            }
            return rows;
        }).snapshot();
    }

    /** Whether a tablet holding {@code pupils} and {@code interventions} needs nothing more than this read. */
    boolean upToDate(Set<UUID> pupils, Set<UUID> interventions) {
        return scanned.isEmpty() && (held == null || held.pupils().equals(pupils) && held.interventions().equals(interventions));
    }

    /**
     * The statement: one row of state, then the change-log page, whose scan stays one range scan of
     * {@code change_log_by_version} (EmptyPullPlanTest).
     */
    static String sql(ChangeLogCondition scope, boolean withTombstones, boolean withHeld) {
        String held = withHeld
                ? """
                  h.pupil_ids as held_pupils, h.intervention_ids as held_interventions
                  from (values (1)) one left join device_scope h on h.school_id = :school
                      and h.device_id = :heldDevice and h.staff_id = :heldStaff and h.generation = :heldGeneration"""
                : "null::uuid[] as held_pupils, null::uuid[] as held_interventions";
        return """
                select null::text as entity_type, null::uuid as entity_id, null::bigint as version,
                       null::boolean as deleted, null::uuid[] as pupil_ids, null::uuid as intervention_id,
                       coalesce((select p.tombstones_purged_before_version - 1 from school_sync_state p
                                 where p.school_id = :school), 0) as purged_through,
                       coalesce((select k.version from school_clock k where k.school_id = :school), 0) as committed,
                       %s
                union all
                select page.*, null, null, null, null from (%s) page""".formatted(
                held, ChangeLog.afterSql(scope, withTombstones));
    }

    /** The statement's parameters, by name. */
    static Map<String, Object> binds(UUID schoolId, long after, HeldKey heldKey, ChangeLogCondition scope, int limit) {
        Map<String, Object> binds = new LinkedHashMap<>(scope.binds());
        binds.put("school", schoolId);
        binds.put("after", after);
        binds.put("limit", limit);
        if (heldKey != null) {
            binds.put("heldDevice", heldKey.deviceId());
            binds.put("heldStaff", heldKey.staffId());
            binds.put("heldGeneration", heldKey.generation());
        }
        return binds;
    }

    private static Object arrayOrNull(Array array) throws SQLException {
        return array == null ? null : array.getArray();
    }

    /** The rows as they come; their order is not relied on. */
    private static final class Rows {
        long purgedThrough;
        long committed;
        DeviceScopes.Held held;
        final List<ChangeLog.Entry> scanned = new ArrayList<>();

        PullSnapshot snapshot() {
            scanned.sort(Comparator.comparingLong(ChangeLog.Entry::version));
            return new PullSnapshot(purgedThrough, committed, held, List.copyOf(scanned));
        }
    }
}
