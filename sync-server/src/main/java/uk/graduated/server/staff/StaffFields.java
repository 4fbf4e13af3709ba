package uk.graduated.server.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.school.Role;
import uk.graduated.model.validation.TextLimits;

/** Reading and checking the members of the staff admin API's bodies. */
final class StaffFields {
    static final int MAX_CLASSES = 30;

    private StaffFields() {
    }

    /** Role codes, each reported by its index when unknown or repeated. */
    static Set<Role> roles(JsonFields f) {
        List<String> codes = f.stringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < codes.size(); i++) {
            Optional<Role> role = Role.fromCode(codes.get(i));
            String field = "roles[" + i + "]";
            if (role.isEmpty()) {
                f.addError(field, JsonFields.INVALID_VALUE, field + " must be one of: senco, teaching_assistant,"
                        + " early_years_practitioner, teacher, admin");
            } else if (!roles.add(role.get())) {
                f.addError(field, "duplicate", "roles names " + codes.get(i) + " twice");
            }
        }
        return roles;
    }

    /** The classes or rooms a person works with: trimmed, each a label, none twice (case ignored). */
    static List<String> classes(JsonFields f) {
        List<String> values = f.stringList("classes");
        if (values.size() > MAX_CLASSES) {
            f.addError("classes", "too_many", "classes may list at most " + MAX_CLASSES + " classes");
            return List.of();
        }
        List<String> classes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String field = "classes[" + i + "]";
            String value = values.get(i).strip();
            if (value.isEmpty()) {
                f.addError(field, "required", field + " must not be blank");
            } else if (value.codePointCount(0, value.length()) > TextLimits.LABEL) {
                f.addError(field, "too_long", field + " must be at most " + TextLimits.LABEL + " characters");
            } else if (!seen.add(value.toLowerCase(Locale.ROOT))) {
                f.addError(field, "duplicate", "classes names " + value + " twice");
            } else {
                classes.add(value);
            }
        }
        return List.copyOf(classes);
    }
}
