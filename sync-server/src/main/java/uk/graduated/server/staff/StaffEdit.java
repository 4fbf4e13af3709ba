package uk.graduated.server.staff;

import java.util.List;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.StaffMember;

/**
 * The body of {@code PATCH /api/v1/staff/{id}}: any of {@code displayName}, {@code email},
 * {@code roles}, {@code classes}, {@code active}; a member left out keeps its value.
 */
public record StaffEdit(String displayName, String email, Set<Role> roles, List<String> classes, Boolean active) {
    private static final Set<String> JSON_FIELDS = Set.of("displayName", "email", "roles", "classes", "active");

    public static StaffEdit fromJson(String json) {
        JsonFields f = JsonFields.parse(json);
        f.rejectUnknown(JSON_FIELDS);
        if (f.object().size() == 0) {
            f.addError(JsonFields.ROOT, "required", "Send at least one of " + String.join(", ", JSON_FIELDS) + ".");
        }
        String displayName = NewStaff.strip(f.optionalString("displayName"));
        String email = NewStaff.strip(f.optionalString("email"));
        Set<Role> roles = f.has("roles") ? StaffFields.roles(f) : null;
        List<String> classes = f.has("classes") ? StaffFields.classes(f) : null;
        Boolean active = f.has("active") ? f.requiredBoolean("active") : null;
        f.throwIfInvalid();
        return new StaffEdit(displayName, email, roles, classes, active);
    }

    /** {@code current} with this edit laid over it, checked by the shared {@link StaffMember} rules. */
    StaffAccount applyTo(StaffAccount current) {
        StaffAccount edited = new StaffAccount(current.id(), current.schoolId(),
                displayName != null ? displayName : current.displayName(),
                email != null ? email : current.email(),
                roles != null ? roles : current.roles(),
                classes != null ? classes : current.classes(),
                active != null ? active : current.active(),
                current.hasPassword(), current.hasPin());
        // Built only for its checks, which throw a ValidationException naming each field.
        new StaffMember(edited.id(), edited.schoolId(), edited.displayName(), edited.email(), edited.roles());
        return edited;
    }
}
