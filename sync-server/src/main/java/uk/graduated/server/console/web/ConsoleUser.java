package uk.graduated.server.console.web;

import java.util.Objects;
import java.util.stream.Collectors;
import uk.graduated.model.school.Role;
import uk.graduated.server.auth.Principal;

/**
 * The person signed in to the console, as every page shows them.
 *
 * @param principal  who they are, resolved from the session cookie on this request
 * @param name       their display name
 * @param schoolName the name of their school
 * @param csrfToken  the token every form of this session must send back
 */
public record ConsoleUser(Principal principal, String name, String schoolName, String csrfToken) {
    public ConsoleUser {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(principal.staffId(), "principal.staffId");
    }

    /** The SENCO keeps the register: every page. */
    public boolean isSenco() {
        return principal.has(Role.SENCO);
    }

    /** Staff accounts and devices: the SENCO and admins. */
    public boolean managesStaffAndDevices() {
        return isSenco() || principal.has(Role.ADMIN);
    }

    /** The roles as a person reads them, e.g. "SENCO" or "Admin, Teacher". */
    public String roleLabel() {
        return principal.roles().stream()
                .sorted()
                .map(RoleLabels::of)
                .collect(Collectors.joining(", "));
    }
}
