package uk.graduated.server.console.staff;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.session.SessionLog;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.provision.Delivery;
import uk.graduated.server.console.provision.ProvisionData;
import uk.graduated.server.console.provision.ReportPeriod;

/**
 * Planned against delivered intervention minutes per member of staff, this week and this term so far:
 * everyone who leads a group or logged a session this term.
 */
public final class WorkloadService {
    private final Jdbi jdbi;
    private final Clock clock;

    public WorkloadService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<WorkloadLine> load(Principal senco) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ReportPeriod term = ReportPeriod.thisTerm(today);
        LocalDate from = term.from().isBefore(monday) ? term.from() : monday;
        ProvisionData data = jdbi.inTransaction(h -> ProvisionData.load(h, senco.schoolId(), from, today));
        Delivery.Window week = new Delivery.Window(monday, monday.plusDays(6));
        Delivery.Window termSoFar = new Delivery.Window(term.from(), term.countedTo());
        Map<UUID, double[]> planned = new HashMap<>();
        Map<UUID, Set<String>> groups = new HashMap<>();
        for (Intervention i : data.interventions()) {
            int leads = i.leadStaffIds().size();
            long minutes = i.schedule().minutesPerSession();
            for (UUID lead : i.leadStaffIds()) {
                double[] sums = planned.computeIfAbsent(lead, k -> new double[2]);
                sums[0] += (double) Delivery.planned(i, week) * minutes / leads;
                sums[1] += (double) Delivery.planned(i, termSoFar) * minutes / leads;
                if (i.status() != InterventionStatus.ENDED) {
                    groups.computeIfAbsent(lead, k -> new LinkedHashSet<>()).add(i.name());
                }
            }
        }
        Map<UUID, List<SessionLog>> delivered = data.sessionsByStaff();
        Set<UUID> people = new LinkedHashSet<>(planned.keySet());
        delivered.forEach((staffId, sessions) -> {
            if (sessions.stream().anyMatch(s -> termSoFar.contains(s.date()))) {
                people.add(staffId);
            }
        });
        int termWeeks = termSoFar.isEmpty() ? 0
                : (int) ChronoUnit.WEEKS.between(term.firstMonday(), termSoFar.to().plusDays(1).with(
                        TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        List<WorkloadLine> lines = new ArrayList<>();
        for (UUID staffId : people) {
            double[] sums = planned.getOrDefault(staffId, new double[2]);
            List<SessionLog> theirs = delivered.getOrDefault(staffId, List.of());
            lines.add(new WorkloadLine(data.staffNames().getOrDefault(staffId, "A former member of staff"),
                    new ArrayList<>(groups.getOrDefault(staffId, Set.of())), Math.round(sums[0]),
                    minutes(theirs, new Delivery.Window(monday, today)), Math.round(sums[1]), minutes(theirs, termSoFar),
                    termWeeks));
        }
        lines.sort(Comparator.comparing(WorkloadLine::name));
        return lines;
    }

    private static long minutes(List<SessionLog> sessions, Delivery.Window window) {
        return Delivery.within(sessions, window).stream().mapToLong(SessionLog::minutes).sum();
    }
}
