package uk.graduated.server.staff;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.school.Role;

/**
 * A member of staff as the staff admin API shows them: the {@code StaffMember} fields plus the
 * classes they work with, whether they are active, and whether they have a password or a PIN (never
 * the hashes).
 */
public record StaffAccount(UUID id, UUID schoolId, String displayName, String email, Set<Role> roles,
        List<String> classes, boolean active, boolean hasPassword, boolean hasPin) {

    public StaffAccount {
        roles = Set.copyOf(roles);
        classes = List.copyOf(classes);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    JsonObject toJson() {
        List<Role> ordered = new ArrayList<>(EnumSet.copyOf(roles));
        return new JsonOut()
                .put("id", id)
                .put("displayName", displayName)
                .put("email", email)
                .putList("roles", ordered, r -> new JsonPrimitive(r.code()))
                .putStrings("classes", classes)
                .put("active", active)
                .put("hasPassword", hasPassword)
                .put("hasPin", hasPin)
                .build();
    }
}
