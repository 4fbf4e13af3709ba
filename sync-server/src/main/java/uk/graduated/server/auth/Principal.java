package uk.graduated.server.auth;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.school.Role;

/**
 * Who is calling, as proven by their token: never taken from request parameters.
 *
 * @param schoolId the only school whose records this caller may touch
 * @param staffId  the signed-in person, or null for a tablet that no one has signed in to yet
 * @param deviceId the enrolled tablet the call comes from, or null for a console session
 * @param roles    the person's roles (empty for a device-only token)
 */
public record Principal(UUID schoolId, UUID staffId, UUID deviceId, Set<Role> roles) {
    public Principal {
        Objects.requireNonNull(schoolId, "schoolId");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPerson() {
        return staffId != null;
    }
}
