package uk.graduated.server.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.register.Writes;

/** {@code record_history}: every change's old and new values, who made it, from where and by which mutation. */
final class RecordHistory {
    /** One past change of a record; {@code oldData} is null for its creation, {@code newData} for its deletion. */
    record Entry(long version, UUID deviceId, JsonObject oldData, JsonObject newData) {
    }

    /** Who made a change, with which mutation, at which version. */
    record Author(long version, UUID staffId, UUID deviceId, UUID mutationId) {
    }

    private final Writes writes;
    private final UUID schoolId;

    RecordHistory(Writes writes, UUID schoolId) {
        this.writes = writes;
        this.schoolId = schoolId;
    }

    /**
     * @param conflict the field resolutions of a merge, or null
     * @param needsReview true when long text was kept in both forms for the SENCO to reconcile
     */
    void append(EntityType type, UUID entityId, Author author, JsonObject oldData, JsonObject newData,
                JsonArray conflict, boolean needsReview) {
        writes.log("""
                        insert into record_history (school_id, entity_type, entity_id, version, changed_by, device_id,
                                                    mutation_id, old_data, new_data, conflict, needs_review)
                        values (:school, :type, :id, :version, :by, :device, :mutation, cast(:old as jsonb),
                                cast(:new as jsonb), cast(:conflict as jsonb), :review)""", null,
                insert -> insert.bind("school", schoolId)
                        .bind("type", type.wireName())
                        .bind("id", entityId)
                        .bind("version", author.version())
                        .bindByType("by", author.staffId(), UUID.class)
                        .bindByType("device", author.deviceId(), UUID.class)
                        .bindByType("mutation", author.mutationId(), UUID.class)
                        .bindByType("old", oldData == null ? null : JsonText.compact(oldData), String.class)
                        .bindByType("new", newData == null ? null : JsonText.compact(newData), String.class)
                        .bindByType("conflict", conflict == null ? null : JsonText.compact(conflict), String.class)
                        .bind("review", needsReview));
    }

    /** The record's changes after {@code afterVersion}, oldest first. */
    List<Entry> since(UUID entityId, long afterVersion) {
        return writes.flush().createQuery("""
                        select version, device_id, old_data::text as old_data, new_data::text as new_data
                        from record_history where school_id = :school and entity_id = :id and version > :after
                        order by version""")
                .bind("school", schoolId)
                .bind("id", entityId)
                .bind("after", afterVersion)
                .map((rs, ctx) -> new Entry(rs.getLong("version"), rs.getObject("device_id", UUID.class),
                        object(rs.getString("old_data")), object(rs.getString("new_data"))))
                .list();
    }

    private static JsonObject object(String json) {
        return json == null ? null : JsonParser.parseString(json).getAsJsonObject();
    }
}
