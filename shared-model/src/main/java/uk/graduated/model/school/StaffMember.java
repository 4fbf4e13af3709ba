package uk.graduated.model.school;

import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.TextLimits;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.graduated.model.validation.Violations;

/**
 * A person who signs in to Graduated at one school.
 *
 * @param id          client-generated id
 * @param schoolId    the school they work at
 * @param displayName how colleagues see them, e.g. "Ms Okafor", at most {@link TextLimits#NAME}
 * @param email       sign-in address, at most {@link TextLimits#EMAIL}
 * @param roles       at least one; what they may do is the union of their roles
 */
public record StaffMember(UUID id, UUID schoolId, String displayName, String email, Set<Role> roles) {
    /**
     * One "@", something either side, a dot in the domain and no spaces. Deliberately loose: the
     * address is proven by sign-in, this only catches typing slips such as a missing "@".
     */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public StaffMember {
        Violations v = new Violations();
        v.require("id", id);
        v.require("schoolId", schoolId);
        FieldChecks.requiredText(v, "displayName", displayName, TextLimits.NAME);
        FieldChecks.requiredText(v, "email", email, TextLimits.EMAIL);
        if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
            v.add("email", "invalid_format", "email must look like name@example.org");
        }
        if (roles == null || roles.isEmpty()) {
            v.add("roles", "required", "roles must hold at least one role");
        } else if (roles.stream().anyMatch(Objects::isNull)) {
            v.add("roles", "invalid_value", "roles must not contain an empty role");
        }
        v.throwIfAny();
        // EnumSet keeps declaration order, so the JSON form of the roles is stable.
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean canWriteRegister() {
        return roles.stream().anyMatch(Role::canWriteRegister);
    }

    public boolean canLogSessions() {
        return roles.stream().anyMatch(Role::canLogSessions);
    }

    public boolean canRecordObservations() {
        return roles.stream().anyMatch(Role::canRecordObservations);
    }

    public boolean canManageStaffAndDevices() {
        return roles.stream().anyMatch(Role::canManageStaffAndDevices);
    }
}
