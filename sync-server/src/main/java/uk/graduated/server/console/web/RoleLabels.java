package uk.graduated.server.console.web;

import uk.graduated.model.school.Role;

/** Roles as the console names them. */
public final class RoleLabels {
    private RoleLabels() {
    }

    public static String of(Role role) {
        return switch (role) {
            case SENCO -> "SENCO";
            case TEACHING_ASSISTANT -> "Teaching assistant";
            case EARLY_YEARS_PRACTITIONER -> "Early years practitioner";
            case TEACHER -> "Teacher";
            case ADMIN -> "Admin";
        };
    }
}
