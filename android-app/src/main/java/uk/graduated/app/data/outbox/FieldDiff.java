package uk.graduated.app.data.outbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * The members an edit changed, for an edit's mutation: only these travel, so the server merges
 * field by field and an untouched field never overwrites another device's change.
 */
public final class FieldDiff {
    private FieldDiff() {
    }

    /**
     * Members of {@code after} that differ from {@code before}, plus a JSON null for each member
     * {@code before} had and {@code after} lacks (codecs leave out empty members, so that clears it).
     */
    public static JsonObject changed(JsonObject before, JsonObject after) {
        JsonObject changed = new JsonObject();
        for (Map.Entry<String, JsonElement> member : after.entrySet()) {
            if (!member.getValue().equals(before.get(member.getKey()))) {
                changed.add(member.getKey(), member.getValue().deepCopy());
            }
        }
        for (String name : before.keySet()) {
            if (!after.has(name)) {
                changed.add(name, JsonNull.INSTANCE);
            }
        }
        return changed;
    }
}
