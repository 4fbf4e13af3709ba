package uk.graduated.server.auth;

import static uk.graduated.model.sync.EntityType.EHC_PLAN;
import static uk.graduated.model.sync.EntityType.GROUP_MEMBERSHIP;
import static uk.graduated.model.sync.EntityType.INTERVENTION;
import static uk.graduated.model.sync.EntityType.OBSERVATION;
import static uk.graduated.model.sync.EntityType.PHOTO;
import static uk.graduated.model.sync.EntityType.PLAN_CYCLE;
import static uk.graduated.model.sync.EntityType.PLAN_REVIEW;
import static uk.graduated.model.sync.EntityType.PLAN_STRATEGY;
import static uk.graduated.model.sync.EntityType.PLAN_TARGET;
import static uk.graduated.model.sync.EntityType.PUPIL;
import static uk.graduated.model.sync.EntityType.SCHOOL;
import static uk.graduated.model.sync.EntityType.SEN_NEED;
import static uk.graduated.model.sync.EntityType.SEN_PROVISION;
import static uk.graduated.model.sync.EntityType.SESSION_LOG;
import static uk.graduated.model.sync.EntityType.STAFF;
import static uk.graduated.model.sync.EntityType.SUPPORT_PLAN;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.school.Role;
import uk.graduated.model.sync.EntityType;

/**
 * What a caller may see and write: the role matrix of {@code docs/security.md} as code. A person may
 * hold several roles and gets the union of what each allows.
 *
 * <ul>
 *   <li>SENCO: every record of the school, read and write (except staff, which only the staff API writes).</li>
 *   <li>Teaching assistant: the pupils in the groups they run (interventions that list them as lead
 *       staff; memberships not ended) and those groups' session logs; writes session logs of those groups,
 *       and the entry and exit scores (nothing else) of those groups' existing places.</li>
 *   <li>Early-years practitioner: the children whose class or room is one of theirs; writes
 *       observations (and their photos) of those children only.</li>
 *   <li>Teacher: the pupils of their classes, read-only.</li>
 *   <li>Admin: no pupil record at all; manages staff and devices through the admin API.</li>
 *   <li>Everyone, and a bare device token: the school and its staff (the sign-in screen).</li>
 * </ul>
 *
 * Which records those are is a {@link Visibility}, computed with one query ({@link #visibility}).
 */
public final class Scope {
    /** What every token may read: the school and its staff, for the sign-in screen and names. */
    static final Set<EntityType> SCHOOL_AND_STAFF = Collections.unmodifiableSet(EnumSet.of(SCHOOL, STAFF));
    /** A pupil's register, which every pupil-facing role needs to support the pupil. */
    private static final Set<EntityType> REGISTER = EnumSet.of(PUPIL, SEN_PROVISION, SEN_NEED, SUPPORT_PLAN,
            PLAN_CYCLE, PLAN_TARGET, PLAN_STRATEGY);
    private static final Map<Role, Set<EntityType>> READS = Map.of(
            Role.SENCO, EnumSet.allOf(EntityType.class),
            Role.TEACHING_ASSISTANT, with(REGISTER, INTERVENTION, GROUP_MEMBERSHIP, SESSION_LOG),
            Role.EARLY_YEARS_PRACTITIONER, with(REGISTER, INTERVENTION, GROUP_MEMBERSHIP, OBSERVATION, PHOTO),
            Role.TEACHER, with(REGISTER, PLAN_REVIEW, EHC_PLAN, INTERVENTION, GROUP_MEMBERSHIP, OBSERVATION, PHOTO),
            Role.ADMIN, EnumSet.noneOf(EntityType.class));
    private static final Map<Role, Set<EntityType>> WRITES = Map.of(
            Role.SENCO, EnumSet.complementOf(EnumSet.of(STAFF)),
            Role.TEACHING_ASSISTANT, EnumSet.of(SESSION_LOG),
            Role.EARLY_YEARS_PRACTITIONER, EnumSet.of(OBSERVATION, PHOTO),
            Role.TEACHER, EnumSet.noneOf(EntityType.class),
            Role.ADMIN, EnumSet.noneOf(EntityType.class));
    /**
     * Members a role may change on existing records it may not otherwise write. The assistant who runs
     * an intervention normally takes its entry (baseline) and exit assessments; places themselves
     * (who is in which group, from when to when) stay with the SENCO.
     */
    private static final Map<Role, Map<EntityType, Set<String>>> MEMBER_WRITES = Map.of(
            Role.TEACHING_ASSISTANT, Map.of(GROUP_MEMBERSHIP, Set.of("entry", "exit")));

    private final Principal principal;
    private final Set<EntityType> readable;
    private final Set<EntityType> writable;
    private final Set<EntityType> wholeRecords;
    private final Map<EntityType, Set<String>> editableMembers;

    private Scope(Principal principal) {
        this.principal = principal;
        Set<EntityType> reads = EnumSet.copyOf(SCHOOL_AND_STAFF);
        Set<EntityType> writes = EnumSet.noneOf(EntityType.class);
        Map<EntityType, Set<String>> members = new EnumMap<>(EntityType.class);
        for (Role role : principal.roles()) {
            reads.addAll(READS.get(role));
            writes.addAll(WRITES.get(role));
            MEMBER_WRITES.getOrDefault(role, Map.of()).forEach((type, names) ->
                    members.computeIfAbsent(type, t -> new HashSet<>()).addAll(names));
        }
        members.keySet().removeAll(writes);
        this.wholeRecords = Collections.unmodifiableSet(EnumSet.copyOf(writes));
        writes.addAll(members.keySet());
        this.readable = Collections.unmodifiableSet(reads);
        this.writable = Collections.unmodifiableSet(writes);
        this.editableMembers = Collections.unmodifiableMap(members);
    }

    public static Scope of(Principal principal) {
        return new Scope(principal);
    }

    public boolean readsWholeSchool() {
        return principal.has(Role.SENCO);
    }

    /** The kinds of record this caller may see at all, before asking which ones. */
    public Set<EntityType> readableTypes() {
        return readable;
    }

    /** The kinds of record this caller may write at all, whole or some members only, before asking which ones. */
    public Set<EntityType> writableTypes() {
        return writable;
    }

    /** The members this caller may change on records of {@code type} it may not write whole; empty if none. */
    public Set<String> editableMembers(EntityType type) {
        return editableMembers.getOrDefault(type, Set.of());
    }

    /**
     * Whether this caller may create, change or delete a record of {@code type} with these scope keys:
     * a teaching assistant only session logs of a group they run, a practitioner only observations
     * whose every child is in their setting.
     *
     * @param pupilIds       the pupils the record is about (an observation's children)
     * @param interventionId the intervention the record belongs to, or null
     */
    public boolean mayWrite(EntityType type, Collection<UUID> pupilIds, UUID interventionId, Visibility visibility) {
        if (!wholeRecords.contains(type)) {
            return false;
        }
        if (readsWholeSchool()) {
            return true;
        }
        return switch (type) {
            case SESSION_LOG -> visibility.deliveredInterventionIds().contains(interventionId);
            case OBSERVATION -> !pupilIds.isEmpty() && visibility.classPupilIds().containsAll(pupilIds);
            case PHOTO -> true; // bytes only; a photo is seen through the observations that refer to it
            default -> false;
        };
    }

    /**
     * Whether this caller may change these members of an existing record: as {@link #mayWrite}, or, for
     * a teaching assistant, only the entry and exit scores of a place in a group they run.
     */
    public boolean mayEdit(EntityType type, Set<String> members, Collection<UUID> pupilIds, UUID interventionId,
            Visibility visibility) {
        if (mayWrite(type, pupilIds, interventionId, visibility)) {
            return true;
        }
        Set<String> editable = editableMembers(type);
        return !editable.isEmpty() && editable.containsAll(members) && runs(interventionId, visibility);
    }

    /** Whether this caller runs the intervention (it lists them among its lead staff). */
    public boolean runs(UUID interventionId, Visibility visibility) {
        return interventionId != null && visibility.deliveredInterventionIds().contains(interventionId);
    }

    /** Which records this caller may see today, from one query over interventions, memberships and pupils. */
    public Visibility visibility(Handle handle, LocalDate today) {
        if (readsWholeSchool()) {
            return Visibility.wholeSchool(readable);
        }
        boolean groups = principal.has(Role.TEACHING_ASSISTANT);
        boolean classes = principal.has(Role.TEACHER) || principal.has(Role.EARLY_YEARS_PRACTITIONER);
        if (!principal.isPerson() || (!groups && !classes)) {
            return Visibility.none(readable);
        }
        return ScopeQuery.run(handle, principal, today, groups, classes, readable);
    }

    private static Set<EntityType> with(Set<EntityType> base, EntityType... more) {
        Set<EntityType> all = EnumSet.copyOf(base);
        Collections.addAll(all, more);
        return all;
    }
}
