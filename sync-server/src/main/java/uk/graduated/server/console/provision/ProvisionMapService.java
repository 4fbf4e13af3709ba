package uk.graduated.server.console.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.intervention.CostSummary;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.Progress;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionTotals;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;

/** The school's provision map and one intervention's page, computed by the shared model's rules. */
public final class ProvisionMapService {
    private final Jdbi jdbi;
    private final Clock clock;

    public ProvisionMapService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Every intervention whose dates meet the period ({@code term}, {@code year} or {@code last-year}). */
    public ProvisionMapView map(Principal senco, String periodKey) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = ReportPeriod.of(periodKey, ReportPeriod.THIS_YEAR, today);
        ReportPeriod term = ReportPeriod.thisTerm(today);
        LocalDate from = period.from().isBefore(term.firstMonday()) ? period.from() : term.firstMonday();
        ProvisionData data = jdbi.inTransaction(h -> ProvisionData.load(h, senco.schoolId(), from, today));
        Delivery.Window dates = new Delivery.Window(period.from(), period.to());
        List<InterventionLine> lines = data.interventions().stream()
                .filter(i -> Delivery.overlaps(i, dates))
                .map(i -> line(data, i, period, term))
                .sorted(Comparator.comparing((InterventionLine l) -> l.intervention().status().ordinal() == 1 ? 0 : 1)
                        .thenComparing(l -> l.intervention().status())
                        .thenComparing(l -> l.intervention().name()))
                .collect(Collectors.toList());
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = term.firstMonday(); !monday.isAfter(term.countedTo()); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        return new ProvisionMapView(period, term, lines, mondays);
    }

    /** One intervention from its start to the day counted, with its group. */
    public InterventionView intervention(Principal senco, UUID id) {
        LocalDate today = LocalDate.now(clock);
        return jdbi.inTransaction(h -> {
            ProvisionDao dao = new ProvisionDao(h, senco.schoolId());
            Intervention found = dao.interventions().stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(ApiException::notFound);
            ReportPeriod whole = new ReportPeriod("whole", "the whole intervention", found.schedule().startDate(),
                    Delivery.endDate(found), today);
            ProvisionData data = ProvisionData.load(h, senco.schoolId(), whole.from(), today);
            InterventionLine line = line(data, found, whole, whole);
            Delivery.Window counted = new Delivery.Window(whole.from(), whole.countedTo());
            List<SessionLog> sessions = Delivery.within(data.sessionsOf(id), counted);
            List<MemberLine> members = new ArrayList<>();
            for (GroupMembership m : data.membersOf(id)) {
                Delivery.Window window = Delivery.membershipWindow(m, counted.from(), counted.to());
                members.add(new MemberLine(data.pupil(m.pupilId()), m,
                        Progress.of(found.assessment(), m).orElse(null), Delivery.planned(found, window),
                        SessionTotals.attendedSessions(Delivery.within(sessions, window), m.pupilId())));
            }
            members.sort(Comparator.comparing(l -> l.pupil().name()));
            return new InterventionView(whole, line, members);
        });
    }

    static InterventionLine line(ProvisionData data, Intervention intervention, ReportPeriod period, ReportPeriod term) {
        Delivery.Window counted = new Delivery.Window(period.from(), period.countedTo());
        List<SessionLog> all = data.sessionsOf(intervention.id());
        List<SessionLog> sessions = Delivery.within(all, counted);
        long minutes = SessionTotals.deliveredMinutes(sessions);
        int members = membersIn(data.membersOf(intervention.id()), period).size();
        CostSummary cost = CostRules.inPeriod(intervention, minutes, period);
        List<WeekCell> weeks = term.hasBegun()
                ? Delivery.weeks(intervention, all, term.firstMonday(), term.countedTo())
                : List.of();
        return new InterventionLine(intervention, data.leads(intervention), Delivery.endDate(intervention), members,
                CostRules.planned(intervention).totalPence(), cost.totalPence(),
                CostRules.perPupil(cost, members).orElse(null), Delivery.planned(intervention, counted), sessions.size(),
                minutes, weeks);
    }

    /** The memberships of pupils who were in the group at some time in the period. */
    static List<GroupMembership> membersIn(List<GroupMembership> memberships, ReportPeriod period) {
        return memberships.stream()
                .filter(m -> !Delivery.membershipWindow(m, period.from(), period.to()).isEmpty())
                .collect(Collectors.toList());
    }
}
