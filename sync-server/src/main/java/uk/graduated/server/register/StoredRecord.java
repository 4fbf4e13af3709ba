package uk.graduated.server.register;

import com.google.gson.JsonObject;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;

/**
 * One record as the server holds it.
 *
 * @param data its JSON form, as its codec writes it; a tombstone keeps the data it had when deleted
 */
public record StoredRecord(EntityType type, UUID id, long version, boolean deleted, JsonObject data) {
    @Override
    public JsonObject data() {
        return data.deepCopy();
    }
}
