package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.validation.Violations;

/**
 * One change made on a tablet, as it waits in the outbox and travels in a push.
 *
 * @param mutationId  generated on the device when the change is saved; the server remembers it, so
 *                    sending the same mutation again is harmless
 * @param deviceId    the device that made the change
 * @param entityType  what kind of record changed
 * @param entityId    the record's id, generated on the device that created it
 * @param operation   upsert or delete
 * @param baseVersion the server version the device last saw of this record, or null if it has seen
 *                    none (a new record); at least 1; always null for an upsert of an insert-only type
 * @param fields      for an upsert, the changed fields (at least one; a JSON null clears a field);
 *                    for a delete, empty. Kept as a deep copy
 * @param clientTime  the device's clock when the change was saved: recorded, never used for ordering
 */
public record Mutation(
        UUID mutationId,
        UUID deviceId,
        EntityType entityType,
        UUID entityId,
        Operation operation,
        Long baseVersion,
        JsonObject fields,
        Instant clientTime) {

    static final Set<String> JSON_FIELDS = Set.of("mutationId", "deviceId", "entityType", "entityId",
            "operation", "baseVersion", "fields", "clientTime");

    public Mutation {
        Violations v = new Violations();
        v.require("mutationId", mutationId);
        v.require("deviceId", deviceId);
        v.require("entityType", entityType);
        v.require("entityId", entityId);
        v.require("operation", operation);
        v.require("clientTime", clientTime);
        if (baseVersion != null) {
            Checks.positive(v, "baseVersion", baseVersion);
        }
        fields = FieldValues.copy(v, "fields", fields == null ? new JsonObject() : fields);
        if (operation == Operation.DELETE && fields != null && fields.size() > 0) {
            v.add("fields", "not_allowed", "a delete carries no fields");
        }
        if (operation == Operation.UPSERT && fields != null && fields.size() == 0) {
            v.add("fields", "required", "an upsert must change at least one field");
        }
        if (operation == Operation.UPSERT && entityType != null && !entityType.editable() && baseVersion != null) {
            v.add("baseVersion", "insert_only", entityType.wireName()
                    + " records are insert-only, so an upsert cannot have a baseVersion");
        }
        v.throwIfAny();
    }

    public static Mutation upsert(UUID mutationId, UUID deviceId, EntityType entityType, UUID entityId,
            Long baseVersion, JsonObject fields, Instant clientTime) {
        return new Mutation(mutationId, deviceId, entityType, entityId, Operation.UPSERT, baseVersion, fields,
                clientTime);
    }

    public static Mutation delete(UUID mutationId, UUID deviceId, EntityType entityType, UUID entityId,
            Long baseVersion, Instant clientTime) {
        return new Mutation(mutationId, deviceId, entityType, entityId, Operation.DELETE, baseVersion,
                new JsonObject(), clientTime);
    }

    /** A deep copy of the fields, so the mutation cannot be changed through it. */
    @Override
    public JsonObject fields() {
        return fields.deepCopy();
    }

    public JsonObject toJsonObject() {
        JsonOut out = new JsonOut()
                .put("mutationId", mutationId)
                .put("deviceId", deviceId)
                .putCode("entityType", entityType, EntityType::wireName)
                .put("entityId", entityId)
                .putCode("operation", operation, Operation::code);
        return Wire.putOrNull(out, "baseVersion", baseVersion)
                .put("fields", fields)
                .put("clientTime", clientTime)
                .build();
    }

    public String toJson() {
        return JsonText.compact(toJsonObject());
    }

    public static Mutation fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        Mutation mutation = read(f);
        f.throwIfInvalid();
        return mutation;
    }

    static Mutation read(JsonFields f) {
        f.rejectUnknown(JSON_FIELDS);
        UUID mutationId = f.requiredUuid("mutationId");
        UUID deviceId = f.requiredUuid("deviceId");
        EntityType entityType = f.requiredCode("entityType", EntityType::fromWireName, EntityType.allowedWireNames());
        UUID entityId = f.requiredUuid("entityId");
        Operation operation = f.requiredCode("operation", Operation::fromCode, Operation.allowedCodes());
        Long baseVersion = f.optionalLong("baseVersion");
        JsonFields fields = f.optionalObject("fields");
        Instant clientTime = f.requiredInstant("clientTime");
        return f.build(() -> new Mutation(mutationId, deviceId, entityType, entityId, operation, baseVersion,
                fields == null ? new JsonObject() : fields.object(), clientTime));
    }
}
