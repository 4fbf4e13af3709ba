package uk.graduated.server.sync;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.register.ScopeKeys;

/**
 * Who may write what from a tablet, as {@link Scope} (the role matrix) decides it: the SENCO keeps
 * the register; a teaching assistant logs sessions of the groups they run; an early-years
 * practitioner records observations of the children in their rooms; a teacher writes nothing.
 */
final class WritePermissions {
    private final Scope scope;
    private final Handle handle;
    private final LocalDate today;
    private Visibility visibility;

    WritePermissions(Principal principal, Handle handle, LocalDate today) {
        this.scope = Scope.of(principal);
        this.handle = handle;
        this.today = today;
    }

    /** Whether any of the person's roles writes records of this type at all. */
    boolean mayWrite(EntityType type) {
        return scope.writableTypes().contains(type);
    }

    /** Why the person may not write this record, or null when they may. */
    String refusal(EntityType type, ScopeKeys keys) {
        if (scope.mayWrite(type, keys.pupilIds(), keys.interventionId(), visibility())) {
            return null;
        }
        return switch (type) {
            case SESSION_LOG -> "You can log sessions only for the groups you run.";
            case OBSERVATION -> "You can record observations only of the children in your rooms.";
            default -> refusalForType(type);
        };
    }

    static String refusalForType(EntityType type) {
        return "Your role does not allow changing " + Nouns.plural(type) + ".";
    }

    /** Computed once, when a record's scope is first asked about: one query. */
    private Visibility visibility() {
        if (visibility == null) {
            visibility = scope.visibility(handle, today);
        }
        return visibility;
    }
}
