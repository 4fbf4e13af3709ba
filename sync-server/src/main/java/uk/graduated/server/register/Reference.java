package uk.graduated.server.register;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;

/**
 * A member of a record that names another record, which must exist at the same school and not be
 * deleted.
 *
 * @param member {@code "pupilId"}, {@code "childIds[]"} for a list of ids, or
 *               {@code "attendance[].pupilId"} for a member of each object in a list
 * @param target the kind of record named; {@link EntityType#STAFF} for a member of staff
 */
record Reference(String member, EntityType target) {
    /** The member's top-level name, as a mutation's {@code fields} would send it. */
    String topLevelMember() {
        int end = member.indexOf('[');
        return end < 0 ? member : member.substring(0, end);
    }

    /** Every id this reference names in {@code record}, with the path an error about it names. */
    List<Named> idsIn(JsonObject record) {
        List<Named> ids = new ArrayList<>();
        String top = topLevelMember();
        JsonElement value = record.get(top);
        if (value == null || value.isJsonNull()) {
            return ids;
        }
        if (!member.contains("[")) {
            ids.add(new Named(top, UUID.fromString(value.getAsString())));
            return ids;
        }
        String inner = member.endsWith("[]") ? null : member.substring(member.indexOf("].") + 2);
        for (int i = 0; i < value.getAsJsonArray().size(); i++) {
            JsonElement item = value.getAsJsonArray().get(i);
            String path = top + "[" + i + "]";
            if (inner == null) {
                ids.add(new Named(path, UUID.fromString(item.getAsString())));
            } else if (item.getAsJsonObject().has(inner)) {
                ids.add(new Named(path + "." + inner, UUID.fromString(item.getAsJsonObject().get(inner).getAsString())));
            }
        }
        return ids;
    }

    /** One id found in a record, and where. */
    record Named(String path, UUID id) {
    }
}
