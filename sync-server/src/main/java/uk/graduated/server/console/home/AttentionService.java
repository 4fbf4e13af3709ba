package uk.graduated.server.console.home;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.ehc.AnnualReviewRules;
import uk.graduated.model.intervention.PlannedSessions;
import uk.graduated.model.intervention.Schedule;
import uk.graduated.model.intervention.SchoolCalendar;
import uk.graduated.model.plan.PlanReviewRules;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.console.pupil.PupilNames;
import uk.graduated.server.console.pupil.PupilRef;
import uk.graduated.server.console.reviews.DueReviews;
import uk.graduated.server.console.web.Dates;
import uk.graduated.server.school.SchoolDatesDao;
import uk.graduated.server.device.Device;
import uk.graduated.server.device.DeviceAdmin;

/**
 * What needs the SENCO's attention, decided by the shared model's rules: plan reviews by
 * {@link PlanReviewRules}, EHC annual reviews by {@link AnnualReviewRules}, planned sessions by
 * {@link PlannedSessions}.
 */
public final class AttentionService {
    static final int CONCERNS_SHOWN = 20;
    static final int SYNC_ISSUES_SHOWN = 20;
    /** Refusals and merges older than this have been dealt with or no longer matter. */
    static final Duration SYNC_ISSUE_WINDOW = Duration.ofDays(30);
    /** A tablet in daily use syncs every day; three days without covers a weekend plus one. */
    static final long QUIET_DEVICE_DAYS = 3;

    private final Jdbi jdbi;
    private final Clock clock;
    private final DeviceAdmin devices;

    public AttentionService(Jdbi jdbi, Clock clock, DeviceAdmin devices) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.devices = devices;
    }

    public HomeView load(Principal senco) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant now = clock.instant();
        List<Attention.QuietDevice> quiet = quietDevices(senco, now);
        // One read-only transaction, so every list is from the same moment.
        return jdbi.inTransaction(h -> {
            AttentionDao dao = new AttentionDao(h, senco.schoolId());
            DueReviews reviews = new DueReviews(h, senco.schoolId());
            return new HomeView(today, monday, CONCERNS_SHOWN, concerns(h, senco, dao),
                    reviews.duePlanReviews(today, PlanReviewRules.DEFAULT_DUE_SOON_DAYS),
                    reviews.dueEhcReviews(today, AnnualReviewRules.DEFAULT_DUE_SOON_DAYS),
                    missedSessions(dao, new SchoolDatesDao(h).load(senco.schoolId()).calendar(), monday, today),
                    syncIssues(h, senco, dao, now), quiet);
        });
    }

    private List<Attention.Concern> concerns(Handle h, Principal senco, AttentionDao dao) {
        List<AttentionDao.ConcernRow> rows = dao.latestConcerns(CONCERNS_SHOWN);
        Map<UUID, List<UUID>> attendees = new HashMap<>();
        Set<UUID> everyone = new HashSet<>();
        for (AttentionDao.ConcernRow row : rows) {
            List<UUID> ids = new ArrayList<>();
            for (JsonElement a : JsonParser.parseString(row.attendanceJson()).getAsJsonArray()) {
                ids.add(UUID.fromString(a.getAsJsonObject().get("pupilId").getAsString()));
            }
            attendees.put(row.sessionId(), ids);
            everyone.addAll(ids);
        }
        Map<UUID, PupilRef> names = new PupilNames(h, senco.schoolId()).of(everyone);
        return rows.stream()
                .map(row -> new Attention.Concern(row.sessionId(), row.date(), row.intervention(),
                        row.deliveredBy() == null ? "a member of staff" : row.deliveredBy(), row.text(),
                        attendees.get(row.sessionId()).stream().filter(names::containsKey).map(names::get)
                                .collect(Collectors.toList())))
                .collect(Collectors.toList());
    }

    /**
     * Compares each running intervention's planned sessions from Monday to yesterday with the logs.
     * Today is left out: its sessions may still happen. Days the school's calendar has closed (half-term,
     * INSET) are not planned; a school without term dates has every scheduled weekday counted.
     */
    private List<Attention.MissedSessions> missedSessions(AttentionDao dao, SchoolCalendar calendar, LocalDate monday,
            LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        if (yesterday.isBefore(monday)) {
            return List.of();
        }
        Map<UUID, Map<LocalDate, Integer>> logged = dao.loggedSessions(monday, yesterday);
        Map<UUID, String> staff = dao.staffNames();
        List<Attention.MissedSessions> missed = new ArrayList<>();
        for (AttentionDao.InterventionRow row : dao.runningInterventions()) {
            Schedule schedule = new Schedule(days(row.days()), row.sessionsPerWeek(), row.minutesPerSession(),
                    row.startDate(), row.endDate(), row.weeks(), row.startTime());
            Map<LocalDate, Integer> done = logged.getOrDefault(row.id(), Map.of());
            int planned = 0;
            int delivered = 0;
            List<LocalDate> shortDays = new ArrayList<>();
            for (LocalDate day : PlannedSessions.dates(schedule, calendar, monday, yesterday)) {
                int that = done.getOrDefault(day, 0);
                planned += schedule.sessionsPerDay();
                delivered += Math.min(that, schedule.sessionsPerDay());
                if (that < schedule.sessionsPerDay()) {
                    shortDays.add(day);
                }
            }
            if (!shortDays.isEmpty()) {
                String leads = row.leadStaffIds().stream().map(id -> staff.getOrDefault(id, "unknown"))
                        .collect(Collectors.joining(", "));
                missed.add(new Attention.MissedSessions(row.name(), leads.isEmpty() ? "no lead recorded" : leads,
                        shortDays, planned, delivered));
            }
        }
        return missed;
    }

    private List<Attention.SyncIssue> syncIssues(Handle h, Principal senco, AttentionDao dao, Instant now) {
        Instant since = now.minus(SYNC_ISSUE_WINDOW);
        List<AttentionDao.OutcomeRow> conflicts = dao.conflicts(since, SYNC_ISSUES_SHOWN);
        Map<UUID, PupilRef> names = new PupilNames(h, senco.schoolId()).of(conflicts.stream()
                .map(AttentionDao.OutcomeRow::pupilId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Attention.SyncIssue> issues = new ArrayList<>();
        for (AttentionDao.OutcomeRow row : conflicts) {
            issues.add(new Attention.SyncIssue(Dates.in(row.at(), clock.getZone()),
                    row.needsReview() ? "Needs review" : "Merged", RecordNames.of(row.entityType()),
                    conflictFields(row.json()), orUnknown(row.staff()), deviceName(row.device()),
                    row.pupilId() == null ? null : names.get(row.pupilId())));
        }
        for (AttentionDao.OutcomeRow row : dao.rejections(since, SYNC_ISSUES_SHOWN)) {
            JsonObject outcome = JsonParser.parseString(row.json()).getAsJsonObject();
            String message = outcome.has("message") ? outcome.get("message").getAsString() : "Refused.";
            issues.add(new Attention.SyncIssue(Dates.in(row.at(), clock.getZone()), "Rejected",
                    RecordNames.of(row.entityType()), message, orUnknown(row.staff()), deviceName(row.device()), null));
        }
        issues.sort(Comparator.comparing(Attention.SyncIssue::needsReview).reversed()
                .thenComparing(Attention.SyncIssue::when, Comparator.reverseOrder()));
        return issues.size() > SYNC_ISSUES_SHOWN ? List.copyOf(issues.subList(0, SYNC_ISSUES_SHOWN)) : issues;
    }

    private List<Attention.QuietDevice> quietDevices(Principal senco, Instant now) {
        List<Attention.QuietDevice> quiet = new ArrayList<>();
        for (Device device : devices.list(senco)) {
            if (device.revokedAt() != null) {
                continue;
            }
            Instant last = device.lastSyncAt() != null ? device.lastSyncAt() : device.enrolledAt();
            long days = ChronoUnit.DAYS.between(last, now);
            if (days >= QUIET_DEVICE_DAYS) {
                quiet.add(new Attention.QuietDevice(device.name(), Dates.in(device.lastSyncAt(), clock.getZone()), days));
            }
        }
        quiet.sort(Comparator.comparing(Attention.QuietDevice::days).reversed());
        return quiet;
    }

    private static String conflictFields(String json) {
        JsonArray conflict = JsonParser.parseString(json).getAsJsonArray();
        List<String> fields = new ArrayList<>();
        conflict.forEach(c -> fields.add(c.getAsJsonObject().get("field").getAsString()));
        return "Changed on two tablets at once: " + String.join(", ", fields);
    }

    private static Set<DayOfWeek> days(List<String> codes) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        codes.forEach(code -> days.add(DayOfWeek.valueOf(code.toUpperCase(Locale.ROOT))));
        return days;
    }

    /** Device rows are kept after revocation, so a change with no device row came from the console. */
    private static String deviceName(String name) {
        return name == null ? "the console" : name;
    }

    private static String orUnknown(String name) {
        return name == null ? "unknown" : name;
    }
}
