package uk.graduated.app.data.outbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonText;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.validation.FieldError;

/** Converts between outbox rows and protocol mutations, so a resend is byte for byte the same change. */
public final class OutboxMutations {
    private OutboxMutations() {
    }

    public static OutboxEntry entry(Mutation mutation, UUID staffId, long sequence) {
        OutboxEntry entry = new OutboxEntry();
        entry.mutationId = mutation.mutationId().toString();
        entry.sequence = sequence;
        entry.deviceId = mutation.deviceId().toString();
        entry.staffId = staffId.toString();
        entry.entityType = mutation.entityType().wireName();
        entry.entityId = mutation.entityId().toString();
        entry.operation = mutation.operation().code();
        entry.baseVersion = mutation.baseVersion();
        entry.fieldsJson = JsonText.compact(mutation.fields());
        entry.clientTimeMillis = mutation.clientTime().toEpochMilli();
        return entry;
    }

    public static Mutation mutation(OutboxEntry entry) {
        EntityType type = EntityType.fromWireName(entry.entityType)
                .orElseThrow(() -> new IllegalStateException("outbox row of unknown type " + entry.entityType));
        Operation operation = Operation.fromCode(entry.operation)
                .orElseThrow(() -> new IllegalStateException("outbox row with unknown operation " + entry.operation));
        return new Mutation(UUID.fromString(entry.mutationId), UUID.fromString(entry.deviceId), type,
                UUID.fromString(entry.entityId), operation, entry.baseVersion,
                JsonFields.parseObject(entry.fieldsJson), Instant.ofEpochMilli(entry.clientTimeMillis));
    }

    public static String errorsJson(List<FieldError> errors) {
        JsonArray array = new JsonArray();
        for (FieldError error : errors) {
            JsonObject item = new JsonObject();
            item.addProperty("field", error.field());
            item.addProperty("code", error.code());
            item.addProperty("message", error.message());
            array.add(item);
        }
        return JsonText.compact(array);
    }

    public static List<FieldError> errors(String errorsJson) {
        List<FieldError> errors = new ArrayList<>();
        if (errorsJson == null) {
            return errors;
        }
        JsonObject wrapper = JsonFields.parseObject("{\"errors\":" + errorsJson + "}");
        for (JsonElement element : wrapper.getAsJsonArray("errors")) {
            JsonObject item = element.getAsJsonObject();
            errors.add(new FieldError(item.get("field").getAsString(), item.get("code").getAsString(),
                    item.get("message").getAsString()));
        }
        return errors;
    }
}
