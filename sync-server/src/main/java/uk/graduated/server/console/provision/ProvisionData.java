package uk.graduated.server.console.provision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.session.SessionLog;
import uk.graduated.server.console.pupil.PupilNames;
import uk.graduated.server.console.pupil.PupilRef;

/**
 * A school's interventions, their group memberships and the sessions logged in a range, read in one
 * transaction, with the names the pages show. Shared by the provision map, the costed map per pupil,
 * impact and staff workload.
 */
public record ProvisionData(List<Intervention> interventions, List<GroupMembership> memberships,
        List<SessionLog> sessions, Map<UUID, String> staffNames, Map<UUID, PupilRef> pupils) {

    public ProvisionData {
        interventions = List.copyOf(interventions);
        memberships = List.copyOf(memberships);
        sessions = List.copyOf(sessions);
        staffNames = Map.copyOf(staffNames);
        pupils = Map.copyOf(pupils);
    }

    /** Everything, with the sessions logged from {@code from} to {@code to}. */
    public static ProvisionData load(Handle handle, UUID schoolId, LocalDate from, LocalDate to) {
        ProvisionDao dao = new ProvisionDao(handle, schoolId);
        List<GroupMembership> memberships = dao.memberships();
        Set<UUID> pupilIds = memberships.stream().map(GroupMembership::pupilId).collect(Collectors.toSet());
        List<SessionLog> sessions = to.isBefore(from) ? List.of() : dao.sessions(from, to);
        return new ProvisionData(dao.interventions(), memberships, sessions, dao.staffNames(),
                new PupilNames(handle, schoolId).of(pupilIds));
    }

    public Optional<Intervention> intervention(UUID id) {
        return interventions.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<GroupMembership> membersOf(UUID interventionId) {
        return memberships.stream().filter(m -> m.interventionId().equals(interventionId))
                .filter(m -> pupils.containsKey(m.pupilId()))
                .collect(Collectors.toList());
    }

    public List<GroupMembership> membershipsOfPupil(UUID pupilId) {
        return memberships.stream().filter(m -> m.pupilId().equals(pupilId)).collect(Collectors.toList());
    }

    /** The intervention's logged sessions, oldest first. */
    public List<SessionLog> sessionsOf(UUID interventionId) {
        return sessions.stream().filter(s -> s.interventionId().equals(interventionId)).collect(Collectors.toList());
    }

    /** The lead staff by name, "no lead yet" when there is none. */
    public String leads(Intervention intervention) {
        List<String> names = new ArrayList<>();
        intervention.leadStaffIds().forEach(id -> names.add(staffNames.getOrDefault(id, "a former member of staff")));
        return names.isEmpty() ? "no lead yet" : String.join(", ", names);
    }

    public PupilRef pupil(UUID id) {
        return pupils.get(id);
    }

    /** Sessions delivered by each member of staff, by their id. */
    public Map<UUID, List<SessionLog>> sessionsByStaff() {
        Map<UUID, List<SessionLog>> byStaff = new HashMap<>();
        sessions.forEach(s -> byStaff.computeIfAbsent(s.deliveredBy(), k -> new ArrayList<>()).add(s));
        return byStaff;
    }

    /** The distinct pupils among {@code memberships}. */
    public static Set<UUID> pupilsOf(List<GroupMembership> memberships) {
        Set<UUID> ids = new HashSet<>();
        memberships.forEach(m -> ids.add(m.pupilId()));
        return ids;
    }
}
