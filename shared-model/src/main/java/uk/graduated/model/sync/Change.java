package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * One record as the server holds it now, in a pull page.
 *
 * @param entityType what kind of record
 * @param entityId   its id
 * @param version    the server version of its latest change; orders changes, never a clock
 * @param deleted    true for a tombstone: delete the record locally and never bring it back
 * @param fields     the record's complete current state in its entity's JSON form (at least one
 *                   field); empty for a tombstone. Kept as a deep copy. Callers that only read
 *                   them use {@link #readFields()} or {@link #fieldsJson()}, which copy nothing
 */
public record Change(EntityType entityType, UUID entityId, long version, boolean deleted, JsonObject fields) {
    private static final Set<String> JSON_FIELDS = Set.of("entityType", "entityId", "version", "deleted", "fields");

    public Change {
        Violations v = new Violations();
        v.require("entityType", entityType);
        v.require("entityId", entityId);
        Checks.positive(v, "version", version);
        fields = FieldValues.copy(v, "fields", fields == null ? new JsonObject() : fields);
        if (fields != null && deleted && fields.size() > 0) {
            v.add("fields", "not_allowed", "a tombstone carries no fields");
        }
        if (fields != null && !deleted && fields.size() == 0) {
            v.add("fields", "required", "a change carries the record's fields");
        }
        v.throwIfAny();
    }

    public static Change tombstone(EntityType entityType, UUID entityId, long version) {
        return new Change(entityType, entityId, version, true, new JsonObject());
    }

    /**
     * A deep copy of the fields, so the change cannot be altered through it. Costly on a large
     * page: to read the fields, use {@link #readFields()}.
     */
    @Override
    public JsonObject fields() {
        return fields.deepCopy();
    }

    /**
     * A reader over the fields themselves, without copying them: it cannot alter them, and copies
     * whatever JSON it hands out, so the change stays as it was validated. How a codec reads a
     * change's record.
     */
    public JsonFields readFields() {
        return new JsonFields(fields, "");
    }

    /** The fields as compact JSON text ({@code {}} for a tombstone), written without copying them. */
    public String fieldsJson() {
        return JsonText.compact(fields);
    }

    JsonObject toJsonObject() {
        return new JsonOut()
                .putCode("entityType", entityType, EntityType::wireName)
                .put("entityId", entityId)
                .put("version", version)
                .put("deleted", deleted)
                .put("fields", fields)
                .build();
    }

    static Change read(JsonFields f) {
        f.rejectUnknown(JSON_FIELDS);
        EntityType entityType = f.requiredCode("entityType", EntityType::fromWireName, EntityType.allowedWireNames());
        UUID entityId = f.requiredUuid("entityId");
        long version = f.requiredLong("version");
        boolean deleted = f.requiredBoolean("deleted");
        JsonFields fields = f.optionalObject("fields");
        return f.build(() -> new Change(entityType, entityId, version, deleted,
                fields == null ? new JsonObject() : fields.object()));
    }
}
