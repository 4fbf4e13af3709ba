package uk.graduated.server.register;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import uk.graduated.model.sync.EntityType;

/**
 * Reads and writes the typed record tables of one school. The SQL is built from the table
 * definitions, never from request data; every statement is bounded by the school.
 */
public final class RecordStore {
    private final Writes writes;
    private final UUID schoolId;

    public RecordStore(Handle handle, UUID schoolId) {
        this(Writes.immediate(handle), schoolId);
    }

    /** Writes go through {@code writes}; every read sends what it holds first, so reads see them. */
    public RecordStore(Writes writes, UUID schoolId) {
        this.writes = writes;
        this.schoolId = schoolId;
    }

    /** The records with these ids, tombstones included, in one query. */
    public Map<UUID, StoredRecord> load(RecordTable table, Collection<UUID> ids) {
        Map<UUID, StoredRecord> records = new HashMap<>();
        if (ids.isEmpty()) {
            return records;
        }
        writes.flush().createQuery("select * from " + table.name() + " where school_id = :school and id = any(:ids)")
                .bind("school", schoolId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map((rs, ctx) -> new StoredRecord(table.type(), rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getBoolean("deleted"), table.fromRow(rs)))
                .forEach(record -> records.put(record.id(), record));
        return records;
    }

    /** Creates the record or replaces its current state; {@code record} is in its stored JSON form. */
    public void write(RecordTable table, JsonObject record, ScopeKeys keys, WriteMeta meta) {
        Map<String, Object> values = table.values(record, keys);
        values.remove("school_id"); // bound from the caller's school, which a check has compared it with
        Map<String, Kind> kinds = table.columnKinds();
        String columns = String.join(", ", values.keySet());
        String parameters = values.keySet().stream()
                .map(c -> "cast(:" + c + " as " + kinds.get(c).sqlType() + ")")
                .collect(Collectors.joining(", "));
        String updates = values.keySet().stream().filter(c -> !c.equals("id"))
                .map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        String sql = "insert into " + table.name() + " (school_id, " + columns
                + ", version, deleted, updated_by, updated_device)"
                + " values (:school_id, " + parameters + ", :version, false, :updated_by, :updated_device)"
                + " on conflict (school_id, id) do update set " + updates
                + ", version = excluded.version, updated_at = now(), updated_by = excluded.updated_by,"
                + " updated_device = excluded.updated_device";
        writes.row(sql, record.get("id").getAsString(), update -> {
            update.bind("school_id", schoolId)
                    .bind("version", meta.version())
                    .bindByType("updated_by", meta.staffId(), UUID.class)
                    .bindByType("updated_device", meta.deviceId(), UUID.class);
            values.forEach((column, value) -> update.bindByType(column, value, kinds.get(column).javaType()));
        });
    }

    /** Makes the record a tombstone at a new version; its data stays for the history. */
    public void tombstone(RecordTable table, UUID id, WriteMeta meta) {
        writes.row("update " + table.name() + " set deleted = true, version = :version, updated_at = now(),"
                        + " updated_by = :by, updated_device = :device where school_id = :school and id = :id", id.toString(),
                update -> update.bind("version", meta.version())
                        .bindByType("by", meta.staffId(), UUID.class)
                        .bindByType("device", meta.deviceId(), UUID.class)
                        .bind("school", schoolId)
                        .bind("id", id));
    }

    /**
     * The ids that name a record of their target type at this school, each with whether it is a
     * tombstone (a member of staff never is), in one query for all the types.
     */
    public Map<EntityType, Map<UUID, Boolean>> lookUp(Map<EntityType, Set<UUID>> idsByTarget) {
        Map<EntityType, Map<UUID, Boolean>> found = new EnumMap<>(EntityType.class);
        List<String> selects = new ArrayList<>();
        List<EntityType> targets = new ArrayList<>();
        for (Map.Entry<EntityType, Set<UUID>> entry : idsByTarget.entrySet()) {
            found.put(entry.getKey(), new HashMap<>());
            if (entry.getValue().isEmpty()) {
                continue;
            }
            EntityType target = entry.getKey();
            String table = target == EntityType.STAFF ? "staff" : RecordTables.require(target).name();
            String deleted = target == EntityType.STAFF ? "false" : "deleted";
            int n = targets.size();
            selects.add("select " + n + " as target, id, " + deleted + " as deleted from " + table
                    + " where school_id = :school and id = any(:ids" + n + ")");
            targets.add(target);
        }
        if (selects.isEmpty()) {
            return found;
        }
        Query query = writes.flush().createQuery(String.join(" union all ", selects)).bind("school", schoolId);
        for (int n = 0; n < targets.size(); n++) {
            query.bind("ids" + n, idsByTarget.get(targets.get(n)).toArray(UUID[]::new));
        }
        query.map((rs, ctx) -> new Hit(targets.get(rs.getInt("target")), rs.getObject("id", UUID.class),
                        rs.getBoolean("deleted")))
                .forEach(hit -> found.get(hit.target()).put(hit.id(), hit.deleted()));
        return found;
    }

    /** The pupil a support plan or a plan cycle is about, or null when there is no such record. */
    public UUID pupilOf(EntityType parentType, UUID parentId) {
        return writes.flush().createQuery("select pupil_id from " + RecordTables.require(parentType).name()
                        + " where school_id = :school and id = :id")
                .bind("school", schoolId)
                .bind("id", parentId)
                .mapTo(UUID.class)
                .findOne()
                .orElse(null);
    }

    public ScopeKeys scopeKeys(RecordTable table, JsonObject record) {
        return table.scopeKeys(record, this::pupilOf);
    }

    /** Whether another live pupil of this school has this UPN. */
    boolean upnTaken(String upn, UUID exceptPupilId) {
        return writes.flush().createQuery("select exists (select 1 from pupil where school_id = :school and upn = :upn"
                        + " and not deleted and id <> :id)")
                .bind("school", schoolId)
                .bind("upn", upn)
                .bind("id", exceptPupilId)
                .mapTo(Boolean.class)
                .one();
    }

    /** Whether the pupil has another live provision with no end date. */
    boolean otherOpenProvision(UUID pupilId, UUID exceptProvisionId) {
        return writes.flush().createQuery("select exists (select 1 from sen_provision where school_id = :school"
                        + " and pupil_id = :pupil and end_date is null and not deleted and id <> :id)")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .bind("id", exceptProvisionId)
                .mapTo(Boolean.class)
                .one();
    }

    private record Hit(EntityType target, UUID id, boolean deleted) {
    }
}
