package uk.graduated.server.auth;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;

/**
 * Which records one caller may see, as sets of ids matched against a record's scope keys (the pupils
 * it is about, the intervention it belongs to), which {@code change_log} keeps for every record.
 *
 * @param wholeSchool              everything of the school (the SENCO); the sets are then empty
 * @param readableTypes            the kinds of record the caller's roles may see at all
 * @param classPupilIds            pupils in the caller's classes or rooms (teacher, practitioner)
 * @param groupPupilIds            pupils in the groups the caller runs (teaching assistant)
 * @param interventionIds          interventions whose record and memberships the caller sees: the ones
 *                                 they run, and the ones their class pupils attend
 * @param deliveredInterventionIds the interventions the caller runs, whose session logs they see and write
 */
public record Visibility(boolean wholeSchool, Set<EntityType> readableTypes, Set<UUID> classPupilIds,
        Set<UUID> groupPupilIds, Set<UUID> interventionIds, Set<UUID> deliveredInterventionIds) {

    public Visibility {
        readableTypes = Collections.unmodifiableSet(readableTypes.isEmpty()
                ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(readableTypes));
        classPupilIds = Set.copyOf(classPupilIds);
        groupPupilIds = Set.copyOf(groupPupilIds);
        interventionIds = Set.copyOf(interventionIds);
        deliveredInterventionIds = Set.copyOf(deliveredInterventionIds);
    }

    static Visibility wholeSchool(Set<EntityType> readable) {
        return new Visibility(true, readable, Set.of(), Set.of(), Set.of(), Set.of());
    }

    static Visibility none(Set<EntityType> readable) {
        return new Visibility(false, readable, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Every pupil whose records the caller sees. */
    public Set<UUID> pupilIds() {
        Set<UUID> all = new HashSet<>(classPupilIds);
        all.addAll(groupPupilIds);
        return Collections.unmodifiableSet(all);
    }

    /**
     * Whether a record of {@code type} with these scope keys is visible. A photo is never decided
     * here: it is visible when an observation visible to the caller refers to it.
     */
    public boolean sees(EntityType type, Collection<UUID> pupilIds, UUID interventionId) {
        if (!readableTypes.contains(type)) {
            return false;
        }
        if (wholeSchool || Scope.SCHOOL_AND_STAFF.contains(type)) {
            return true;
        }
        return switch (type) {
            case SESSION_LOG -> deliveredInterventionIds.contains(interventionId);
            case INTERVENTION -> interventionIds.contains(interventionId);
            case GROUP_MEMBERSHIP -> deliveredInterventionIds.contains(interventionId) || anyOf(pupilIds, classPupilIds);
            case PHOTO -> false;
            default -> anyOf(pupilIds, pupilIds());
        };
    }

    /** The same rule as {@link #sees} as an SQL condition over {@code change_log} (alias {@code c}). */
    public ChangeLogCondition changeLogCondition() {
        return ChangeLogCondition.of(this);
    }

    private static boolean anyOf(Collection<UUID> ids, Set<UUID> visible) {
        return ids.stream().anyMatch(visible::contains);
    }
}
