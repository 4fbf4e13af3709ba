package uk.graduated.server.staff;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.school.Role;
import uk.graduated.server.auth.Timestamps;

/**
 * The {@code staff_change} table: what was changed on a staff account, by whom and when, written in
 * the transaction of the change. Values are as a person reads them (role names, "Yes"/"No"); secrets
 * are never stored, only that one was set.
 */
public final class StaffChanges {
    /** One field's value before and after; {@code from} is null for a new account. */
    public record FieldChange(String field, String from, String to) {
    }

    /** One recorded change, with the name of who made it. */
    public record Entry(Instant at, String byName, String action, List<FieldChange> changes) {
        public Entry {
            changes = List.copyOf(changes);
        }
    }

    private final Handle handle;

    public StaffChanges(Handle handle) {
        this.handle = handle;
    }

    void added(UUID changedBy, StaffAccount account, Instant at) {
        write(account.schoolId(), account.id(), changedBy, at, "added", differences(null, account));
    }

    void changed(UUID changedBy, StaffAccount before, StaffAccount after, Instant at) {
        List<FieldChange> changes = differences(before, after);
        if (changes.isEmpty()) {
            return;
        }
        String action = before.active() && !after.active() ? "deactivated"
                : !before.active() && after.active() ? "reactivated" : "changed";
        write(after.schoolId(), after.id(), changedBy, at, action, changes);
    }

    void secretSet(UUID schoolId, UUID staffId, UUID changedBy, String action, Instant at) {
        write(schoolId, staffId, changedBy, at, action, List.of());
    }

    /** The latest {@code limit} changes of one account, newest first. */
    public List<Entry> latest(UUID schoolId, UUID staffId, int limit) {
        return handle.createQuery("""
                        select c.changed_at, c.action, c.changes::text as changes, s.display_name as by_name
                        from staff_change c join staff s on s.school_id = c.school_id and s.id = c.changed_by
                        where c.school_id = :school and c.staff_id = :staff
                        order by c.changed_at desc, c.id desc
                        limit :limit""")
                .bind("school", schoolId)
                .bind("staff", staffId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Entry(Timestamps.instant(rs, "changed_at"), rs.getString("by_name"),
                        rs.getString("action"), parse(rs.getString("changes"))))
                .list();
    }

    private void write(UUID schoolId, UUID staffId, UUID changedBy, Instant at, String action, List<FieldChange> changes) {
        JsonArray json = new JsonArray();
        for (FieldChange c : changes) {
            JsonObject o = new JsonObject();
            o.addProperty("field", c.field());
            o.addProperty("from", c.from());
            o.addProperty("to", c.to());
            json.add(o);
        }
        handle.createUpdate("""
                        insert into staff_change (school_id, staff_id, changed_by, changed_at, action, changes)
                        values (:school, :staff, :by, :at, :action, cast(:changes as jsonb))""")
                .bind("school", schoolId)
                .bind("staff", staffId)
                .bind("by", changedBy)
                .bind("at", Timestamps.of(at))
                .bind("action", action)
                .bind("changes", json.toString())
                .execute();
    }

    /** The fields that differ, as a person reads them; every field of {@code after} when {@code before} is null. */
    static List<FieldChange> differences(StaffAccount before, StaffAccount after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "Name", before == null ? null : before.displayName(), after.displayName());
        compare(changes, "Email", before == null ? null : before.email(), after.email());
        compare(changes, "Roles", before == null ? null : roles(before), roles(after));
        compare(changes, "Classes or rooms", before == null ? null : String.join(", ", before.classes()),
                String.join(", ", after.classes()));
        compare(changes, "Active", before == null ? null : yesNo(before.active()), yesNo(after.active()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String from, String to) {
        if (!Objects.equals(from, to) && !(from == null && to.isEmpty())) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    private static String roles(StaffAccount account) {
        return account.roles().stream().sorted().map(StaffChanges::roleName).collect(Collectors.joining(", "));
    }

    /** The role's name as the console shows it; kept here so the record does not depend on the console. */
    private static String roleName(Role role) {
        return switch (role) {
            case SENCO -> "SENCO";
            case TEACHING_ASSISTANT -> "Teaching assistant";
            case EARLY_YEARS_PRACTITIONER -> "Early years practitioner";
            case TEACHER -> "Teacher";
            case ADMIN -> "Admin";
        };
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static List<FieldChange> parse(String json) {
        List<FieldChange> changes = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            changes.add(new FieldChange(o.get("field").getAsString(),
                    o.has("from") && !o.get("from").isJsonNull() ? o.get("from").getAsString() : null,
                    o.get("to").getAsString()));
        }
        return changes;
    }
}
