package uk.graduated.server.register;

import java.util.List;
import java.util.UUID;

/**
 * What decides who may see a record: the pupils it is about and the intervention it belongs to.
 * Kept beside every change in {@code change_log}, so a pull filters without loading records.
 *
 * @param pupilIds       the pupil itself, the pupil a plan or a note is about, an observation's
 *                       children; empty for records scoped by intervention
 * @param interventionId the intervention of an intervention, a membership or a session log, else null
 */
public record ScopeKeys(List<UUID> pupilIds, UUID interventionId) {
    public static final ScopeKeys NONE = new ScopeKeys(List.of(), null);

    public ScopeKeys {
        pupilIds = List.copyOf(pupilIds);
    }

    public static ScopeKeys pupil(UUID pupilId) {
        return new ScopeKeys(List.of(pupilId), null);
    }

    public static ScopeKeys intervention(UUID interventionId) {
        return new ScopeKeys(List.of(), interventionId);
    }
}
