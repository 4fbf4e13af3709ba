package uk.graduated.server.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.sync.FieldResolution;

/**
 * Finds the members of an edit that another device changed since the edit's base version
 * (protocol section 6.3, rule 10). The edit arrived later, so its values are the record's values
 * either way; each resolution says what was overwritten, or that long text is kept in both forms.
 */
final class Conflicts {
    private Conflicts() {
    }

    /**
     * @param current the record before the edit
     * @param edited  the record after the edit, in its stored form
     * @param sent    the members the edit sends
     * @param since   the record's history after the edit's base version, oldest first
     * @param device  the device that made the edit: its own earlier changes never conflict
     */
    static List<FieldResolution> find(JsonObject current, JsonObject edited, Set<String> sent,
                                      List<RecordHistory.Entry> since, UUID device) {
        List<FieldResolution> resolutions = new ArrayList<>();
        for (String member : sent) {
            Writer lastWriter = lastWriter(member, since);
            if (lastWriter == null || device.equals(lastWriter.device())) {
                continue;
            }
            JsonElement other = valueOf(current, member);
            JsonElement value = valueOf(edited, member);
            if (!other.equals(value)) {
                resolutions.add(new FieldResolution(member, FieldResolution.resolve(other, value), other));
            }
        }
        return resolutions;
    }

    /** Who last changed the member in these changes, or null if none did. */
    private static Writer lastWriter(String member, List<RecordHistory.Entry> changes) {
        Writer writer = null;
        for (RecordHistory.Entry change : changes) {
            JsonElement before = change.oldData() == null ? JsonNull.INSTANCE : valueOf(change.oldData(), member);
            JsonElement after = change.newData() == null ? JsonNull.INSTANCE : valueOf(change.newData(), member);
            if (!Objects.equals(before, after)) {
                writer = new Writer(change.deviceId());
            }
        }
        return writer;
    }

    /** @param device the device of a change, null for one made in the console */
    private record Writer(UUID device) {
    }

    /** An absent member reads as JSON null: the codecs leave empty members out. */
    private static JsonElement valueOf(JsonObject record, String member) {
        JsonElement value = record.get(member);
        return value == null ? JsonNull.INSTANCE : value;
    }
}
