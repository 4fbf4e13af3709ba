package uk.graduated.model.intervention;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.Violations;

/**
 * A pupil's place in an intervention group, with the entry and exit scores that measure impact.
 * {@code leftOn}, {@code entry} and {@code exit} may be null: a pupil still in the group has no
 * {@code leftOn}; an exit score needs an entry score to compare with, taken no later.
 */
public record GroupMembership(
        UUID id,
        UUID interventionId,
        UUID pupilId,
        LocalDate joinedOn,
        LocalDate leftOn,
        Score entry,
        Score exit) {

    public GroupMembership {
        Violations v = new Violations();
        v.require("id", id);
        v.require("interventionId", interventionId);
        v.require("pupilId", pupilId);
        v.require("joinedOn", joinedOn);
        FieldChecks.notBefore(v, "leftOn", leftOn, "joinedOn", joinedOn);
        if (exit != null) {
            if (entry == null) {
                v.add("exit", "entry_missing", "record an entry score before an exit score");
            } else {
                FieldChecks.notBefore(v, "exit.takenOn", exit.takenOn(), "entry.takenOn", entry.takenOn());
            }
        }
        v.throwIfAny();
    }

    /** Whether the pupil is in the group on {@code date}. */
    public boolean isMemberOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn == null || !date.isAfter(leftOn));
    }
}
