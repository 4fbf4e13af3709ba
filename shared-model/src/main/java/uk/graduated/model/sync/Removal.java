package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.validation.Violations;

/**
 * A record the device must drop from the pulling scope although it was not deleted. Unlike a
 * tombstone it says nothing about the record on the server.
 */
public record Removal(EntityType entityType, UUID entityId, RemovalReason reason) {
    private static final Set<String> JSON_FIELDS = Set.of("entityType", "entityId", "reason");

    public Removal {
        Violations v = new Violations();
        v.require("entityType", entityType);
        v.require("entityId", entityId);
        v.require("reason", reason);
        v.throwIfAny();
    }

    JsonObject toJsonObject() {
        return new JsonOut()
                .putCode("entityType", entityType, EntityType::wireName)
                .put("entityId", entityId)
                .putCode("reason", reason, RemovalReason::code)
                .build();
    }

    static Removal read(JsonFields f) {
        f.rejectUnknown(JSON_FIELDS);
        EntityType entityType = f.requiredCode("entityType", EntityType::fromWireName, EntityType.allowedWireNames());
        UUID entityId = f.requiredUuid("entityId");
        RemovalReason reason = f.requiredCode("reason", RemovalReason::fromCode, RemovalReason.allowedCodes());
        return f.build(() -> new Removal(entityType, entityId, reason));
    }
}
