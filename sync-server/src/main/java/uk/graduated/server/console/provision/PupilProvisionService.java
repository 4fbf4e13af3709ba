package uk.graduated.server.console.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionTotals;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;

/** A pupil's costed provision map: each intervention they were in during the period, and its cost to them. */
public final class PupilProvisionService {
    private final Jdbi jdbi;
    private final Clock clock;

    public PupilProvisionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @throws ApiException 404 for no such pupil at the caller's school */
    public PupilProvisionMap load(Principal senco, UUID pupilId, String periodKey) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = ReportPeriod.of(periodKey, ReportPeriod.THIS_YEAR, today);
        return jdbi.inTransaction(h -> {
            PupilFacts facts = new PupilFactsDao(h, senco.schoolId()).find(pupilId, today)
                    .orElseThrow(ApiException::notFound);
            ProvisionData data = ProvisionData.load(h, senco.schoolId(), period.from(), period.countedTo());
            List<PupilCostLine> lines = new ArrayList<>();
            for (GroupMembership m : data.membershipsOfPupil(pupilId)) {
                Delivery.Window window = Delivery.membershipWindow(m, period.from(), period.countedTo());
                Intervention intervention = data.intervention(m.interventionId()).orElse(null);
                if (!window.isEmpty() && intervention != null) {
                    lines.add(line(data, intervention, pupilId, window, period));
                }
            }
            lines.sort(Comparator.comparing((PupilCostLine l) -> l.window().from())
                    .thenComparing(l -> l.intervention().name()));
            return new PupilProvisionMap(facts.ref(), facts.dateOfBirth(), facts.yearGroup(), facts.upn(),
                    facts.provision(), period, lines);
        });
    }

    private static PupilCostLine line(ProvisionData data, Intervention intervention, UUID pupilId,
            Delivery.Window window, ReportPeriod period) {
        List<SessionLog> sessions = Delivery.within(data.sessionsOf(intervention.id()), window);
        long minutes = SessionTotals.deliveredMinutes(sessions);
        int groupSize = (int) data.membersOf(intervention.id()).stream()
                .filter(other -> !Delivery.membershipWindow(other, window.from(), window.to()).isEmpty())
                .map(GroupMembership::pupilId).distinct().count();
        long cost = CostRules.perPupil(CostRules.inPeriod(intervention, minutes, period), groupSize).orElse(0L);
        return new PupilCostLine(intervention, window, groupSize, sessions.size(),
                SessionTotals.attendedSessions(sessions, pupilId), Delivery.planned(intervention, window), minutes,
                SessionTotals.attendedMinutes(sessions, pupilId), cost);
    }
}
