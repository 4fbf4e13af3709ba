package uk.graduated.server.console.pupil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.plan.CycleStage;
import uk.graduated.model.plan.PlanCycle;
import uk.graduated.model.plan.PlanReviewRules;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;

/** Gathers a pupil's page in one read transaction, so every part is from the same moment. */
public final class PupilService {
    private final Jdbi jdbi;
    private final Clock clock;

    public PupilService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @throws ApiException 404 for no such pupil at the caller's school */
    public PupilView load(Principal senco, UUID pupilId) {
        LocalDate today = LocalDate.now(clock);
        return jdbi.inTransaction(h -> {
            PupilDao dao = new PupilDao(h, senco.schoolId(), pupilId);
            PupilRecords.Details details = dao.details().orElseThrow(ApiException::notFound);
            List<PupilRecords.Target> targets = dao.targets();
            Map<UUID, String> outcomes = targets.stream()
                    .collect(Collectors.toMap(PupilRecords.Target::id, PupilRecords.Target::outcome));
            List<PupilRecords.Cycle> cycles = cycles(dao.cycles(), targets, dao.strategies(), dao.reviews(outcomes), today);
            EhcSummary ehc = dao.ehcPlan()
                    .map(row -> EhcSummary.of(new EhcPlan(row.id(), pupilId, row.issueDate(), row.lastReview(),
                            row.nextMeeting(), row.invitationSent(), row.localAuthority()), details.dateOfBirth(), today))
                    .orElse(null);
            return new PupilView(today, details, dao.provisions(), dao.needs(), cycles, ehc,
                    charts(cycles, dao.ratings()), dao.observations(clock.getZone()), dao.contacts(), dao.groups());
        });
    }

    private static List<PupilRecords.Cycle> cycles(List<PupilDao.CycleRow> rows, List<PupilRecords.Target> targets,
            List<PupilRecords.Strategy> strategies, List<PupilRecords.Review> reviews, LocalDate today) {
        List<PupilRecords.Cycle> cycles = new ArrayList<>();
        for (PupilDao.CycleRow row : rows) {
            CycleStage stage = CycleStage.fromCode(row.status()).orElse(CycleStage.DO);
            PlanCycle cycle = new PlanCycle(row.id(), row.planId(), row.startDate(), row.reviewDate(), stage);
            cycles.add(new PupilRecords.Cycle(row.id(), row.startDate(), row.reviewDate(), stage,
                    PlanReviewRules.status(cycle, today),
                    targets.stream().filter(t -> t.cycleId().equals(row.id())).collect(Collectors.toList()),
                    strategies.stream().filter(s -> s.cycleId().equals(row.id())).collect(Collectors.toList()),
                    reviews.stream().filter(r -> r.cycleId().equals(row.id())).collect(Collectors.toList())));
        }
        return cycles;
    }

    /** One chart per target that is active or has been rated, in cycle order (latest cycle first). */
    private static List<TargetChart> charts(List<PupilRecords.Cycle> cycles, List<RatingPoint> ratings) {
        Map<UUID, List<RatingPoint>> byTarget = new LinkedHashMap<>();
        ratings.forEach(r -> byTarget.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(r));
        List<TargetChart> charts = new ArrayList<>();
        for (PupilRecords.Cycle cycle : cycles) {
            for (PupilRecords.Target target : cycle.targets()) {
                List<RatingPoint> points = byTarget.getOrDefault(target.id(), List.of());
                if (!points.isEmpty() || target.status() == TargetStatus.ACTIVE) {
                    charts.add(new TargetChart(target, RatingChart.of(points), points));
                }
            }
        }
        return charts;
    }
}
