package uk.graduated.app.ui;

import java.util.Set;
import java.util.UUID;
import uk.graduated.model.school.Role;

/**
 * The person using the tablet now.
 *
 * @param online whether the server accepted their PIN just now (false: checked against the hash
 *               kept from an earlier online sign-in; their changes wait until they sign in online)
 */
public record SignedIn(UUID staffId, UUID schoolId, String displayName, Set<Role> roles, boolean online) {
    public SignedIn {
        roles = Set.copyOf(roles);
    }

    public boolean logsSessions() {
        return roles.stream().anyMatch(Role::canLogSessions);
    }

    public boolean recordsObservations() {
        return roles.stream().anyMatch(Role::canRecordObservations);
    }
}
