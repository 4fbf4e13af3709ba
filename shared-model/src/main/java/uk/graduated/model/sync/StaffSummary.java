package uk.graduated.model.sync;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;
import uk.graduated.model.school.Role;
import uk.graduated.model.validation.Violations;

/**
 * Who is signed in, as a session reply names them.
 *
 * @param id          the member of staff
 * @param displayName how colleagues see them, e.g. "Ms Okafor"
 * @param roles       at least one; written in {@link Role} declaration order
 */
public record StaffSummary(UUID id, String displayName, Set<Role> roles) {
    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    private static final Set<String> JSON_FIELDS = Set.of("id", "displayName", "roles");

    public StaffSummary {
        Violations v = new Violations();
        v.require("id", id);
        Checks.text(v, "displayName", displayName, MAX_DISPLAY_NAME_LENGTH);
        if (roles == null || roles.isEmpty()) {
            v.add("roles", "required", "roles must hold at least one role");
        } else if (roles.stream().anyMatch(Objects::isNull)) {
            v.add("roles", "invalid_value", "roles must not contain an empty role");
        }
        v.throwIfAny();
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    JsonObject toJsonObject() {
        return new JsonOut()
                .put("id", id)
                .put("displayName", displayName)
                .putList("roles", List.copyOf(roles), role -> new JsonPrimitive(role.code()))
                .build();
    }

    static StaffSummary read(JsonFields f) {
        f.rejectUnknown(JSON_FIELDS);
        UUID id = f.requiredUuid("id");
        String displayName = f.requiredString("displayName");
        List<String> codes = f.stringList("roles");
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Role role = Role.fromCode(code).orElse(null);
            if (role == null) {
                f.addError("roles[" + i + "]", JsonFields.INVALID_VALUE, "roles[" + i + "] must be one of: " + allowedRoles());
            } else if (roles.contains(role)) {
                f.addError("roles[" + i + "]", "duplicate", "roles names " + code + " twice");
            } else {
                roles.add(role);
            }
        }
        return f.build(() -> new StaffSummary(id, displayName, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles)));
    }

    private static String allowedRoles() {
        List<String> codes = new ArrayList<>();
        for (Role role : Role.values()) {
            codes.add(role.code());
        }
        return String.join(", ", codes);
    }
}
