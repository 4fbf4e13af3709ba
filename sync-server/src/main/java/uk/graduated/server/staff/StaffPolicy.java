package uk.graduated.server.staff;

import java.util.List;
import uk.graduated.model.school.Role;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;

/**
 * Who may change whose account. SENCOs and admins manage staff, but the SENCO role sees every
 * pupil's SEN record while an admin sees none, so an admin may neither grant nor remove the SENCO
 * role, nor edit, deactivate or set the password or PIN of a person who holds it: otherwise an admin
 * could make themselves (or an account they control) a SENCO. Only a SENCO can. And a school always
 * keeps at least one active SENCO, so the register never becomes unmanageable.
 */
final class StaffPolicy {
    static final String LAST_SENCO = "last_senco";

    private StaffPolicy() {
    }

    /** {@code before} is null for a new account. */
    static void checkMayChange(Principal caller, StaffAccount before, StaffAccount after) {
        boolean touchesSenco = after.has(Role.SENCO) || (before != null && before.has(Role.SENCO));
        if (touchesSenco && !caller.has(Role.SENCO)) {
            throw ApiException.forbidden("Only a SENCO can grant the SENCO role or change the account of a SENCO.");
        }
    }

    /** Refuses a change that would leave the school without an active SENCO. */
    static void checkActiveSencoRemains(List<StaffAccount> before, StaffAccount after) {
        boolean wasActiveSenco = before.stream()
                .anyMatch(s -> s.id().equals(after.id()) && s.active() && s.has(Role.SENCO));
        boolean staysActiveSenco = after.active() && after.has(Role.SENCO);
        if (!wasActiveSenco || staysActiveSenco) {
            return;
        }
        boolean another = before.stream()
                .anyMatch(s -> !s.id().equals(after.id()) && s.active() && s.has(Role.SENCO));
        if (!another) {
            String field = after.active() ? "roles" : "active";
            throw ValidationException.of(field, LAST_SENCO,
                    "The school needs an active SENCO: give another person the SENCO role first.");
        }
    }

    /** A person sets their own secrets; SENCOs and admins set other people's, with the SENCO rule above. */
    static void checkMaySetCredentials(Principal caller, StaffAccount target) {
        if (target.id().equals(caller.staffId())) {
            return;
        }
        if (!caller.has(Role.SENCO) && !caller.has(Role.ADMIN)) {
            throw ApiException.forbidden("You can set only your own PIN and password.");
        }
        if (target.has(Role.SENCO) && !caller.has(Role.SENCO)) {
            throw ApiException.forbidden("Only a SENCO can set the PIN or password of a SENCO.");
        }
    }
}
