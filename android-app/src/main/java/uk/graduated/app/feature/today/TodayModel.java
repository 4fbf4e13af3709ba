package uk.graduated.app.feature.today;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.PlannedSessions;
import uk.graduated.model.intervention.SchoolCalendar;
import uk.graduated.model.session.SessionLog;

/**
 * What the Today screen shows a teaching assistant: the groups they run today (logged or not),
 * the rest of this week, and their recent logs. Plain Java; the sync badge is the app bar's.
 */
public final class TodayModel {
    private static final int RECENT = 8;

    /** One planned session of one of my groups. */
    public record Slot(Intervention intervention, LocalDate date, LocalTime startTime, int minutes, int groupSize, boolean logged) {
        public String when() {
            String day = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK);
            return startTime == null ? day : day + " " + startTime;
        }
    }

    /** A session already logged, for the "recent" list. */
    public record Recent(SessionLog log, String interventionName, int present, int total) {
    }

    private final List<Slot> today;
    private final List<Slot> laterThisWeek;
    private final List<Recent> recent;

    private TodayModel(List<Slot> today, List<Slot> laterThisWeek, List<Recent> recent) {
        this.today = today;
        this.laterThisWeek = laterThisWeek;
        this.recent = recent;
    }

    /**
     * @param groupSizes members per intervention
     * @param logs       this person's session logs, any order
     */
    public static TodayModel build(LocalDate date, List<Intervention> myInterventions, Map<UUID, Integer> groupSizes,
                                   List<SessionLog> logs) {
        Set<String> loggedOn = new HashSet<>();
        for (SessionLog log : logs) {
            loggedOn.add(log.interventionId() + "/" + log.date());
        }
        LocalDate endOfWeek = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Slot> today = new ArrayList<>();
        List<Slot> later = new ArrayList<>();
        for (Intervention i : myInterventions) {
            if (i.status() != InterventionStatus.RUNNING) {
                continue;
            }
            // The tablet does not hold the school's closures, so a planned day in a holiday still shows.
            for (LocalDate d : PlannedSessions.dates(i.schedule(), SchoolCalendar.ALWAYS_OPEN, date, endOfWeek)) {
                Slot slot = new Slot(i, d, i.schedule().startTime(), i.schedule().minutesPerSession(),
                        groupSizes.getOrDefault(i.id(), 0), loggedOn.contains(i.id() + "/" + d));
                (d.equals(date) ? today : later).add(slot);
            }
        }
        Comparator<Slot> byTime = Comparator.comparing(Slot::date)
                .thenComparing(s -> s.startTime() == null ? LocalTime.MAX : s.startTime())
                .thenComparing(s -> s.intervention().name());
        today.sort(byTime);
        later.sort(byTime);
        return new TodayModel(today, later, recent(myInterventions, logs));
    }

    private static List<Recent> recent(List<Intervention> interventions, List<SessionLog> logs) {
        List<SessionLog> sorted = new ArrayList<>(logs);
        sorted.sort(Comparator.comparing(SessionLog::date).thenComparing(SessionLog::recordedAt).reversed());
        List<Recent> recent = new ArrayList<>();
        for (SessionLog log : sorted.subList(0, Math.min(RECENT, sorted.size()))) {
            String name = "";
            for (Intervention i : interventions) {
                if (i.id().equals(log.interventionId())) {
                    name = i.name();
                }
            }
            int present = (int) log.attendance().stream().filter(a -> a.isPresent()).count();
            recent.add(new Recent(log, name, present, log.attendance().size()));
        }
        return recent;
    }

    public List<Slot> today() {
        return today;
    }

    public List<Slot> laterThisWeek() {
        return laterThisWeek;
    }

    public List<Recent> recent() {
        return recent;
    }

    public boolean nothingToday() {
        return today.isEmpty();
    }
}
