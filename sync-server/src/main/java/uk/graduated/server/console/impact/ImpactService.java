package uk.graduated.server.console.impact;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.Progress;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionTotals;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.provision.CostRules;
import uk.graduated.server.console.provision.Delivery;
import uk.graduated.server.console.provision.ProvisionData;
import uk.graduated.server.console.provision.ReportPeriod;

/** The impact of each intervention and each area of need in a period, with a recommendation per intervention. */
public final class ImpactService {
    private final Jdbi jdbi;
    private final Clock clock;

    public ImpactService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @param periodKey {@code term} or {@code year} (the default) */
    public ImpactView load(Principal senco, String periodKey) {
        LocalDate today = LocalDate.now(clock);
        String key = ReportPeriod.THIS_TERM.equals(periodKey) ? ReportPeriod.THIS_TERM : ReportPeriod.THIS_YEAR;
        ReportPeriod period = ReportPeriod.of(key, ReportPeriod.THIS_YEAR, today);
        ProvisionData data = jdbi.inTransaction(h -> ProvisionData.load(h, senco.schoolId(), period.from(),
                period.countedTo()));
        Delivery.Window counted = new Delivery.Window(period.from(), period.countedTo());
        List<Intervention> judged = new ArrayList<>();
        List<ImpactFigures> figures = new ArrayList<>();
        Map<BroadArea, ImpactTally> areas = new EnumMap<>(BroadArea.class);
        Map<BroadArea, Integer> interventionsPerArea = new EnumMap<>(BroadArea.class);
        for (Intervention intervention : data.interventions()) {
            if (counted.isEmpty() || !Delivery.overlaps(intervention, counted)) {
                continue;
            }
            ImpactTally tally = tally(data, intervention, period, counted);
            judged.add(intervention);
            figures.add(tally.figures(intervention.name(), intervention.areaOfNeed().label()));
            areas.computeIfAbsent(intervention.areaOfNeed(), a -> new ImpactTally()).add(tally);
            interventionsPerArea.merge(intervention.areaOfNeed(), 1, Integer::sum);
        }
        BigDecimal median = ImpactRules.median(figures);
        List<ImpactView.Line> lines = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            Intervention intervention = judged.get(i);
            lines.add(new ImpactView.Line(intervention, figures.get(i), ImpactRules.recommend(figures.get(i), median)));
        }
        List<ImpactFigures> areaLines = new ArrayList<>();
        areas.forEach((area, tally) -> {
            int count = interventionsPerArea.get(area);
            areaLines.add(tally.figures(area.label(), count + (count == 1 ? " intervention" : " interventions")));
        });
        return new ImpactView(period, lines, areaLines, median, BarChart.of(figures));
    }

    private static ImpactTally tally(ProvisionData data, Intervention intervention, ReportPeriod period,
            Delivery.Window counted) {
        ImpactTally tally = new ImpactTally();
        List<SessionLog> sessions = Delivery.within(data.sessionsOf(intervention.id()), counted);
        long minutes = SessionTotals.deliveredMinutes(sessions);
        tally.sessions(Delivery.planned(intervention, counted), sessions.size(),
                CostRules.inPeriod(intervention, minutes, period).totalPence());
        for (GroupMembership m : data.membersOf(intervention.id())) {
            Delivery.Window window = Delivery.membershipWindow(m, counted.from(), counted.to());
            if (window.isEmpty()) {
                continue;
            }
            List<SessionLog> theirs = Delivery.within(sessions, window);
            tally.pupil(m.pupilId(), Delivery.planned(intervention, window),
                    SessionTotals.attendedSessions(theirs, m.pupilId()), SessionTotals.attendedMinutes(theirs, m.pupilId()));
            if (m.exit() != null && counted.contains(m.exit().takenOn())) {
                Progress.of(intervention.assessment(), m).ifPresent(tally::scoreProgress);
            }
        }
        tally.changes(RatingChanges.of(sessions));
        return tally;
    }
}
