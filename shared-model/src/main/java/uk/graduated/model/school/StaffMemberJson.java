package uk.graduated.model.school;

import uk.graduated.model.json.RecordJson;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.json.JsonOut;

/** JSON form of a {@link StaffMember}; roles travel as a list of role codes. */
public final class StaffMemberJson {
    /** Every field of the JSON form, e.g. for merging an edited record field by field. */
    public static final Set<String> FIELDS = Set.of("id", "schoolId", "displayName", "email", "roles");
    private static final String ROLES = Arrays.stream(Role.values())
            .map(Role::code).collect(Collectors.joining(", "));

    private StaffMemberJson() {
    }

    public static JsonObject toJson(StaffMember staff) {
        return new JsonOut()
                .put("id", staff.id())
                .put("schoolId", staff.schoolId())
                .put("displayName", staff.displayName())
                .put("email", staff.email())
                .putList("roles", new ArrayList<>(staff.roles()), r -> new JsonPrimitive(r.code()))
                .build();
    }

    public static StaffMember fromJson(JsonFields f) {
        int mark = RecordJson.mark(f);
        f.rejectUnknown(FIELDS);
        UUID id = f.requiredUuid("id");
        UUID schoolId = f.requiredUuid("schoolId");
        String displayName = f.requiredString("displayName");
        String email = f.requiredString("email");
        Set<Role> roles = roles(f);
        return RecordJson.build(f, mark, () -> new StaffMember(id, schoolId, displayName, email, roles));
    }

    private static Set<Role> roles(JsonFields f) {
        List<String> codes = f.stringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < codes.size(); i++) {
            Optional<Role> role = Role.fromCode(codes.get(i));
            if (role.isPresent()) {
                roles.add(role.get());
            } else {
                f.addError("roles[" + i + "]", JsonFields.INVALID_VALUE, "roles[" + i + "] must be one of: " + ROLES);
            }
        }
        return roles;
    }
}
