package uk.graduated.server.console.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.intervention.CostSummary;
import uk.graduated.model.intervention.InterventionCost;
import uk.graduated.model.intervention.PlannedSessions;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.intervention.SchoolCalendar;
import uk.graduated.model.plan.TargetStatus;
import uk.graduated.model.session.AbsenceReason;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.pupil.PupilRecords;
import uk.graduated.server.console.pupil.PupilService;
import uk.graduated.server.console.pupil.PupilView;
import uk.graduated.server.console.pupil.RatingPoint;
import uk.graduated.server.console.pupil.TargetChart;
import uk.graduated.server.school.SchoolDatesDao;

/**
 * Gathers a pupil's annual review pack: the pupil's record as their page shows it ({@link PupilService}),
 * and over the {@value #PERIOD_MONTHS} months to today the targets' session ratings, the interventions
 * with their planned, delivered and attended sessions, and each intervention's cost.
 *
 * <p>Cost share: the adult time delivered in the sessions the pupil was on the register of, at the
 * intervention's hourly staff cost, plus its resources ({@link InterventionCost#forMinutes}), divided
 * equally among the different pupils on those registers ({@link InterventionCost#perPupilPence}). Planned
 * sessions come from {@link PlannedSessions} over the days the pupil was in the group, on the school's
 * calendar (closures skipped; every scheduled weekday counts when no term dates are entered).
 */
public final class AnnualReviewPack {
    static final int PERIOD_MONTHS = 12;
    static final int OBSERVATIONS_SHOWN = 10;

    private final Jdbi jdbi;
    private final Clock clock;
    private final PupilService pupils;

    public AnnualReviewPack(Jdbi jdbi, Clock clock, PupilService pupils) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.pupils = pupils;
    }

    /** @throws uk.graduated.server.auth.ApiException 404 for no such pupil at the caller's school */
    public PackView load(Principal senco, UUID pupilId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusMonths(PERIOD_MONTHS).plusDays(1);
        PupilView view = pupils.load(senco, pupilId);
        List<InterventionLine> interventions = jdbi.inTransaction(h -> {
            PackDao dao = new PackDao(h, senco.schoolId(), pupilId);
            SchoolCalendar calendar = new SchoolDatesDao(h).load(senco.schoolId()).calendar();
            return interventions(dao.memberships(), dao.sessions(from, today), dao.pupilsSharing(from, today), calendar,
                    from, today);
        });
        return new PackView(today, from, view.pupil(), view.currentProvision(), provisionSince(view), view.openNeeds(),
                view.ehc(), cycle(view), targets(view, from, today), interventions, observations(view, from));
    }

    private static List<InterventionLine> interventions(List<PackDao.Membership> memberships,
            List<PackDao.SessionLine> sessions, Map<UUID, Integer> sharing, SchoolCalendar calendar, LocalDate from,
            LocalDate today) {
        Map<UUID, List<PackDao.Membership>> byIntervention = new LinkedHashMap<>();
        for (PackDao.Membership m : memberships) {
            LocalDate last = m.left() == null ? today : m.left();
            if (!last.isBefore(from) && !m.joined().isAfter(today)) {
                byIntervention.computeIfAbsent(m.interventionId(), k -> new ArrayList<>()).add(m);
            }
        }
        List<InterventionLine> lines = new ArrayList<>();
        for (Map.Entry<UUID, List<PackDao.Membership>> entry : byIntervention.entrySet()) {
            List<PackDao.Membership> spells = entry.getValue();
            PackDao.Membership first = spells.get(0);
            int planned = 0;
            for (PackDao.Membership m : spells) {
                LocalDate start = m.joined().isBefore(from) ? from : m.joined();
                LocalDate end = m.left() == null || m.left().isAfter(today) ? today : m.left();
                planned += PlannedSessions.count(m.schedule(), calendar, start, end);
            }
            List<PackDao.SessionLine> own = sessions.stream().filter(s -> s.interventionId().equals(entry.getKey()))
                    .collect(Collectors.toList());
            long deliveredMinutes = own.stream().mapToLong(PackDao.SessionLine::minutes).sum();
            long attendedMinutes = own.stream().filter(PackDao.SessionLine::present)
                    .mapToLong(PackDao.SessionLine::minutes).sum();
            int attended = (int) own.stream().filter(PackDao.SessionLine::present).count();
            int sharers = sharing.getOrDefault(entry.getKey(), 0);
            CostSummary cost = InterventionCost.forMinutes(first.costs(), deliveredMinutes);
            long share = own.isEmpty() ? 0 : InterventionCost.perPupilPence(cost, sharers).orElse(0L);
            LocalDate left = spells.stream().anyMatch(m -> m.left() == null) ? null : spells.get(spells.size() - 1).left();
            lines.add(new InterventionLine(first.name(), first.area(), first.joined(), left, scheduleText(first.schedule()),
                    planned, own.size(), attended, attendedMinutes, sharers, share, absences(own)));
        }
        return lines;
    }

    /** "Mon, Wed: 2 × 30 min a week". */
    static String scheduleText(Schedule schedule) {
        String days = schedule.days().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK))
                .collect(Collectors.joining(", "));
        return days + ": " + schedule.sessionsPerWeek() + " × " + schedule.minutesPerSession() + " min a week";
    }

    private static String absences(List<PackDao.SessionLine> sessions) {
        Map<String, Integer> reasons = new TreeMap<>();
        for (PackDao.SessionLine s : sessions) {
            if (!s.present()) {
                String label = s.absenceReason() == null ? "No reason"
                        : AbsenceReason.fromCode(s.absenceReason()).map(AbsenceReason::label).orElse(s.absenceReason());
                reasons.merge(label, 1, Integer::sum);
            }
        }
        return reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static LocalDate provisionSince(PupilView view) {
        return view.provisions().stream()
                .filter(p -> !view.today().isBefore(p.startDate()) && (p.endDate() == null || view.today().isBefore(p.endDate())))
                .map(PupilRecords.Provision::startDate)
                .findFirst()
                .orElse(null);
    }

    /** The open cycle, else the latest (the page lists them latest first). */
    private static PupilRecords.Cycle cycle(PupilView view) {
        return view.cycles().stream().filter(c -> c.stage().isOpen()).findFirst()
                .orElse(view.cycles().isEmpty() ? null : view.cycles().get(0));
    }

    /** Targets that are active or were rated in the period, each with its ratings in the period. */
    private static List<TargetLine> targets(PupilView view, LocalDate from, LocalDate today) {
        List<TargetLine> lines = new ArrayList<>();
        for (TargetChart chart : view.charts()) {
            List<RatingPoint> inPeriod = chart.ratings().stream()
                    .filter(r -> !r.date().isBefore(from) && !r.date().isAfter(today))
                    .collect(Collectors.toList());
            if (inPeriod.isEmpty() && chart.target().status() != TargetStatus.ACTIVE) {
                continue;
            }
            lines.add(new TargetLine(chart.target(), inPeriod.size(), inPeriod.isEmpty() ? null : inPeriod.get(0),
                    inPeriod.isEmpty() ? null : inPeriod.get(inPeriod.size() - 1)));
        }
        return lines;
    }

    private static List<PupilRecords.Observation> observations(PupilView view, LocalDate from) {
        return view.observations().stream()
                .filter(o -> !o.observedAt().toLocalDate().isBefore(from))
                .limit(OBSERVATIONS_SHOWN)
                .collect(Collectors.toList());
    }
}
