package uk.graduated.server.sync;

import java.time.LocalDate;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.sync.EntityType;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.register.ScopeKeys;

/**
 * Who may write what from a tablet, as {@link Scope} (the role matrix) decides it: the SENCO keeps
 * the register; a teaching assistant logs sessions of the groups they run and records entry and exit
 * scores on those groups' places; an early-years practitioner records observations of the children
 * in their rooms; a teacher writes nothing.
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

    /** Why the person may not create or delete this record, or null when they may. */
    String refusal(Handle handle, EntityType type, ScopeKeys keys) {
        if (scope.mayWrite(type, keys.pupilIds(), keys.interventionId(), visibility(handle))) {
            return null;
        }
        return switch (type) {
            case SESSION_LOG -> "You can log sessions only for the groups you run.";
            case OBSERVATION -> "You can record observations only of the children in your rooms.";
            case GROUP_MEMBERSHIP -> scope.editableMembers(type).isEmpty() ? refusalForType(type)
                    : "Only the SENCO adds pupils to groups or removes their places; you can record entry and"
                      + " exit scores on the places of the groups you run.";
            default -> refusalForType(type);
        };
    }

    /**
     * Why the person may not make this edit of an existing record, which sends {@code members}, or null
     * when they may: an assistant may send a place's scores and nothing else.
     */
    String refusal(Handle handle, EntityType type, ScopeKeys keys, Set<String> members) {
        Visibility visible = visibility(handle);
        if (scope.mayEdit(type, members, keys.pupilIds(), keys.interventionId(), visible)) {
            return null;
        }
        if (type != EntityType.GROUP_MEMBERSHIP || scope.editableMembers(type).isEmpty()) {
            return refusal(handle, type, keys);
        }
        return scope.runs(keys.interventionId(), visible)
                ? "You can record entry and exit scores only; other changes to a group place are made by the SENCO."
                : "You can record entry and exit scores only for the groups you run; other changes to a group"
                  + " place are made by the SENCO.";
    }

    static String refusalForType(EntityType type) {
        return "Your role does not allow changing " + Nouns.plural(type) + ".";
    }

    /**
     * Computed once per push, when a record's scope is first asked about: one query. The mutations a
     * person may send from a tablet (session logs, observations, scores) never change their own scope,
     * and a change made in the console meanwhile applies from the next push, as if this one had come first.
     */
    private Visibility visibility(Handle handle) {
        if (visibility == null) {
            visibility = scope.visibility(handle, today);
        }
        return visibility;
    }
}
