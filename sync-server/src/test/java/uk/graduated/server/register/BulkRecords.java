package uk.graduated.server.register;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import uk.graduated.model.sync.EntityType;

/**
 * Benchmark setup only: stores many records of one type at once with JDBC batches, each with its
 * own school-clock version and change-log row, as pushes would have left them (without history,
 * which pulls never read). The records go through their table's codec first, so what is stored is
 * exactly the canonical form a push stores.
 */
public final class BulkRecords {
    private final Handle handle;
    private final UUID schoolId;

    public BulkRecords(Handle handle, UUID schoolId) {
        this.handle = handle;
        this.schoolId = schoolId;
    }

    public void insert(EntityType type, List<JsonObject> records) {
        if (records.isEmpty()) {
            return;
        }
        RecordTable table = RecordTables.require(type);
        long version = handle.createQuery(
                        "update school_clock set version = version + :n where school_id = :school returning version")
                .bind("n", records.size()).bind("school", schoolId).mapTo(Long.class).one() - records.size();
        PreparedBatch typed = null;
        PreparedBatch log = handle.prepareBatch("""
                insert into change_log (school_id, entity_id, entity_type, version, deleted, pupil_ids, intervention_id)
                values (:school, :id, :type, :version, false, :pupils, :intervention)""");
        Map<String, Kind> kinds = table.columnKinds();
        for (JsonObject fields : records) {
            JsonObject record = table.validate(fields, "fields");
            ScopeKeys keys = table.scopeKeys(record, (parentType, parentId) -> pupilOf(parentType, parentId));
            Map<String, Object> values = table.values(record, keys);
            values.remove("school_id");
            if (typed == null) {
                typed = handle.prepareBatch("insert into " + table.name() + " (school_id, " + String.join(", ", values.keySet())
                        + ", version, deleted) values (:school_id, " + values.keySet().stream()
                        .map(c -> "cast(:" + c + " as " + kinds.get(c).sqlType() + ")").collect(Collectors.joining(", "))
                        + ", :version, false)");
            }
            version++;
            typed.bind("school_id", schoolId).bind("version", version);
            for (Map.Entry<String, Object> v : values.entrySet()) {
                typed.bindByType(v.getKey(), v.getValue(), kinds.get(v.getKey()).javaType());
            }
            typed.add();
            log.bind("school", schoolId).bind("id", UUID.fromString(record.get("id").getAsString()))
                    .bind("type", type.wireName()).bind("version", version)
                    .bind("pupils", keys.pupilIds().toArray(UUID[]::new))
                    .bindByType("intervention", keys.interventionId(), UUID.class)
                    .add();
        }
        typed.execute();
        log.execute();
    }

    private UUID pupilOf(EntityType parentType, UUID parentId) {
        return new RecordStore(handle, schoolId).pupilOf(parentType, parentId);
    }
}
