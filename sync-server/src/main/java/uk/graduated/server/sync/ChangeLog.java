package uk.graduated.server.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.auth.ChangeLogCondition;
import uk.graduated.server.register.ScopeKeys;
import uk.graduated.server.register.Writes;

/** {@code change_log}: one row per record with its latest version, tombstones included. */
final class ChangeLog {
    /** One record's latest change and the keys that scope it. */
    record Entry(EntityType type, UUID entityId, long version, boolean deleted, ScopeKeys keys) {
    }

    /** What {@link #entry} reads, in the order a union with {@code change_log} rows lists them. */
    static final String ENTRY_COLUMNS = "c.entity_type, c.entity_id, c.version, c.deleted, c.pupil_ids, c.intervention_id";

    private final Writes writes;
    private final UUID schoolId;

    ChangeLog(Handle handle, UUID schoolId) {
        this(Writes.immediate(handle), schoolId);
    }

    ChangeLog(Writes writes, UUID schoolId) {
        this.writes = writes;
        this.schoolId = schoolId;
    }

    /** The latest change of each of these records that has one, by id. */
    Map<UUID, Entry> find(Collection<UUID> entityIds) {
        Map<UUID, Entry> entries = new HashMap<>();
        writes.flush().createQuery("select * from change_log where school_id = :school and entity_id = any(:ids)")
                .bind("school", schoolId)
                .bind("ids", entityIds.toArray(UUID[]::new))
                .map((rs, ctx) -> entry(rs))
                .forEach(entry -> entries.put(entry.entityId(), entry));
        return entries;
    }

    void record(EntityType type, UUID entityId, long version, boolean deleted, ScopeKeys keys) {
        writes.log("""
                        insert into change_log (school_id, entity_id, entity_type, version, deleted, pupil_ids,
                                                intervention_id, changed_at)
                        values (:school, :id, :type, :version, :deleted, :pupils, :intervention, now())
                        on conflict (school_id, entity_id) do update
                            set version = excluded.version, deleted = excluded.deleted, pupil_ids = excluded.pupil_ids,
                                intervention_id = excluded.intervention_id, changed_at = excluded.changed_at""", entityId,
                update -> update.bind("school", schoolId)
                        .bind("id", entityId)
                        .bind("type", type.wireName())
                        .bind("version", version)
                        .bind("deleted", deleted)
                        .bind("pupils", keys.pupilIds().toArray(UUID[]::new))
                        .bindByType("intervention", keys.interventionId(), UUID.class));
    }

    /**
     * The page after {@code afterVersion}, in version order, that the caller's scope lets through:
     * one range scan of {@code change_log_by_version}, with parameters {@code school}, {@code after},
     * {@code limit} and the scope's. Its columns are the ones {@link #entry} reads.
     *
     * @param withTombstones false for a first pull, whose device holds nothing to delete
     */
    static String afterSql(ChangeLogCondition scope, boolean withTombstones) {
        return "select " + ENTRY_COLUMNS + " from change_log c where c.school_id = :school and c.version > :after"
                + (withTombstones ? "" : " and not c.deleted")
                + " and " + scope.sql() + " order by c.version limit :limit";
    }

    /** The records about any of these pupils or in any of these interventions, tombstones if asked. */
    List<Entry> about(Set<UUID> pupils, Set<UUID> interventions, boolean withTombstones) {
        if (pupils.isEmpty() && interventions.isEmpty()) {
            return List.of();
        }
        return writes.flush().createQuery("select * from change_log where school_id = :school"
                        + (withTombstones ? "" : " and not deleted")
                        + " and (pupil_ids && :pupils or intervention_id = any(:interventions)) order by version")
                .bind("school", schoolId)
                .bind("pupils", pupils.toArray(UUID[]::new))
                .bind("interventions", interventions.toArray(UUID[]::new))
                .map((rs, ctx) -> entry(rs))
                .list();
    }

    static Entry entry(ResultSet rs) throws SQLException {
        EntityType type = EntityType.fromWireName(rs.getString("entity_type"))
                .orElseThrow(() -> new IllegalStateException("unknown entity type in change_log"));
        List<UUID> pupils = Arrays.asList((UUID[]) rs.getArray("pupil_ids").getArray());
        return new Entry(type, rs.getObject("entity_id", UUID.class), rs.getLong("version"), rs.getBoolean("deleted"),
                new ScopeKeys(pupils, rs.getObject("intervention_id", UUID.class)));
    }
}
