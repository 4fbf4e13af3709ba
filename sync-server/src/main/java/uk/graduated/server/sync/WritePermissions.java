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
    private final LocalDate today;
    private Visibility visibility;

    /** One per push: what the person may write is read once for all of its mutations. */
    WritePermissions(Principal principal, LocalDate today) {
        this.scope = Scope.of(principal);
        this.today = today;
    }

    /** Whether any of the person's roles writes records of this type at all. */
    boolean mayWrite(EntityType type) {
        return scope.writableTypes().contains(type);
    }

    /** Why the person may not write this record, or null when they may. */
    String refusal(Handle handle, EntityType type, ScopeKeys keys) {
        if (scope.mayWrite(type, keys.pupilIds(), keys.interventionId(), visibility(handle))) {
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

    /**
     * Computed once per push, when a record's scope is first asked about: one query. The mutations a
     * person may send from a tablet (session logs, observations) never change their own scope, and a
     * change made in the console meanwhile applies from the next push, as if this one had come first.
     */
    private Visibility visibility(Handle handle) {
        if (visibility == null) {
            visibility = scope.visibility(handle, today);
        }
        return visibility;
    }
}
