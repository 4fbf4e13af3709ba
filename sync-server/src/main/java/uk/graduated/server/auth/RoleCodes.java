package uk.graduated.server.auth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import uk.graduated.model.school.Role;

/** Roles as the {@code staff.roles text[]} column holds them: wire codes such as {@code senco}. */
public final class RoleCodes {
    private RoleCodes() {
    }

    /** The roles named by {@code codes}; a code this server does not know grants nothing. */
    public static Set<Role> fromColumn(String[] codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes != null) {
            for (String code : codes) {
                Role.fromCode(code).ifPresent(roles::add);
            }
        }
        return Collections.unmodifiableSet(roles);
    }

    /** In declaration order, so equal sets are stored as equal arrays. */
    public static String[] toColumn(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::code).toArray(String[]::new);
    }
}
