package uk.graduated.server.console.reports;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.ehc.AnnualReviewRules;
import uk.graduated.model.ehc.AnnualReviewStatus;
import uk.graduated.model.ehc.EhcPlan;
import uk.graduated.model.intervention.Costs;
import uk.graduated.model.intervention.InterventionCost;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.reviews.DueReviews;

/** Builds the governors' summary and the census counts from the register, in one read transaction each. */
public final class ReportsService {
    private final Jdbi jdbi;
    private final Clock clock;

    public ReportsService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Term currentTerm() {
        return Term.containing(today());
    }

    public GovernorsReport governors(Principal senco, Term term) {
        LocalDate today = today();
        LocalDate asOf = today.isBefore(term.end()) ? today : term.end();
        Term previous = term.previous();
        return jdbi.inTransaction(h -> {
            ReportsDao dao = new ReportsDao(h, senco.schoolId());
            PupilCount overdue = today.isAfter(term.end()) ? null : PupilCount.of((int) new DueReviews(h, senco.schoolId())
                    .ehcReviews(today, AnnualReviewRules.DEFAULT_DUE_SOON_DAYS).stream()
                    .filter(r -> r.status() == AnnualReviewStatus.OVERDUE).count());
            return new GovernorsReport(term, asOf, today, RollFigures.of(asOf, dao.roll(asOf)),
                    RollFigures.of(previous.end(), dao.roll(previous.end())), delivery(dao, term.start(), asOf),
                    delivery(dao, previous.start(), previous.end()), ehcReviews(dao, term.start(), asOf),
                    ehcReviews(dao, previous.start(), previous.end()), overdue);
        });
    }

    public CensusCounts census(Principal senco, LocalDate on) {
        return jdbi.inTransaction(h -> CensusCounts.of(on, new ReportsDao(h, senco.schoolId()).roll(on)));
    }

    private static DeliveryFigures delivery(ReportsDao dao, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new DeliveryFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
        }
        Map<UUID, ReportsDao.InterventionRow> interventions = new LinkedHashMap<>();
        dao.interventions().forEach(i -> interventions.put(i.id(), i));
        Map<UUID, Long> minutes = new LinkedHashMap<>();
        int sessions = 0;
        int entries = 0;
        int present = 0;
        Set<UUID> attending = new HashSet<>();
        // pupil, target and intervention -> ratings in date order
        Map<List<UUID>, List<Integer>> ratings = new LinkedHashMap<>();
        for (ReportsDao.SessionRow s : dao.sessions(from, to)) {
            sessions++;
            minutes.merge(s.interventionId(), (long) s.minutes(), Long::sum);
            for (JsonElement a : JsonParser.parseString(s.attendanceJson()).getAsJsonArray()) {
                JsonObject attendance = a.getAsJsonObject();
                entries++;
                attending.add(UUID.fromString(attendance.get("pupilId").getAsString()));
                if ("present".equals(attendance.get("status").getAsString())) {
                    present++;
                }
            }
            for (JsonElement r : JsonParser.parseString(s.ratingsJson()).getAsJsonArray()) {
                JsonObject rating = r.getAsJsonObject();
                List<UUID> key = List.of(UUID.fromString(rating.get("pupilId").getAsString()),
                        UUID.fromString(rating.get("targetId").getAsString()), s.interventionId());
                ratings.computeIfAbsent(key, k -> new ArrayList<>()).add(rating.get("rating").getAsInt());
            }
        }
        long cost = 0;
        for (Map.Entry<UUID, Long> e : minutes.entrySet()) {
            ReportsDao.InterventionRow i = interventions.get(e.getKey());
            cost += InterventionCost.forMinutes(new Costs(i.hourlyPence(), 0), e.getValue()).staffPence();
        }
        for (ReportsDao.InterventionRow i : interventions.values()) {
            if (!i.startDate().isBefore(from) && !i.startDate().isAfter(to) && minutes.containsKey(i.id())) {
                cost += i.resourcesPence();
            }
        }
        return progress(interventions, minutes, sessions, cost, entries, present, attending.size(), ratings);
    }

    private static DeliveryFigures progress(Map<UUID, ReportsDao.InterventionRow> interventions, Map<UUID, Long> minutes,
            int sessions, long cost, int entries, int present, int attending, Map<List<UUID>, List<Integer>> ratings) {
        Set<UUID> pupils = new HashSet<>();
        int targets = 0;
        int change = 0;
        Map<UUID, Set<UUID>> pupilsBy = new LinkedHashMap<>();
        Map<UUID, int[]> changeBy = new HashMap<>();
        for (Map.Entry<List<UUID>, List<Integer>> e : ratings.entrySet()) {
            List<Integer> values = e.getValue();
            if (values.size() < 2) {
                continue;
            }
            int moved = values.get(values.size() - 1) - values.get(0);
            UUID pupil = e.getKey().get(0);
            UUID intervention = e.getKey().get(2);
            pupils.add(pupil);
            targets++;
            change += moved;
            pupilsBy.computeIfAbsent(intervention, k -> new HashSet<>()).add(pupil);
            int[] sums = changeBy.computeIfAbsent(intervention, k -> new int[2]);
            sums[0]++;
            sums[1] += moved;
        }
        List<DeliveryFigures.InterventionProgress> byIntervention = new ArrayList<>();
        for (Map.Entry<UUID, Set<UUID>> e : pupilsBy.entrySet()) {
            int[] sums = changeBy.get(e.getKey());
            byIntervention.add(new DeliveryFigures.InterventionProgress(interventions.get(e.getKey()).name(),
                    e.getValue().size(), sums[0], sums[1]));
        }
        long delivered = minutes.values().stream().mapToLong(Long::longValue).sum();
        return new DeliveryFigures(minutes.size(), sessions, delivered, cost, entries, present, attending, targets,
                pupils.size(), change, byIntervention);
    }

    /** Reviews whose recorded date moved into the period, each judged against the due date before it. */
    private static EhcReviewFigures ehcReviews(ReportsDao dao, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new EhcReviewFigures(0, 0);
        }
        Set<List<String>> seen = new HashSet<>();
        int held = 0;
        int onTime = 0;
        for (ReportsDao.ReviewChangeRow row : dao.ehcReviewsRecorded(from, to)) {
            JsonObject before = JsonParser.parseString(row.oldJson()).getAsJsonObject();
            JsonObject after = JsonParser.parseString(row.newJson()).getAsJsonObject();
            LocalDate heldOn = LocalDate.parse(after.get("lastAnnualReviewDate").getAsString());
            if (!seen.add(List.of(after.get("id").getAsString(), heldOn.toString()))) {
                continue;
            }
            EhcPlan previous = new EhcPlan(UUID.fromString(before.get("id").getAsString()),
                    UUID.fromString(before.get("pupilId").getAsString()), LocalDate.parse(before.get("issueDate").getAsString()),
                    optionalDate(before, "lastAnnualReviewDate"), null, null, before.get("localAuthority").getAsString());
            held++;
            if (!heldOn.isAfter(AnnualReviewRules.reviewDueDate(previous, row.dateOfBirth()))) {
                onTime++;
            }
        }
        return new EhcReviewFigures(held, onTime);
    }

    private static LocalDate optionalDate(JsonObject json, String member) {
        JsonElement value = json.get(member);
        return value == null || value.isJsonNull() ? null : LocalDate.parse(value.getAsString());
    }
}
