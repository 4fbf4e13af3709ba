package uk.graduated.server.console.provision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.graduated.model.intervention.GroupMembership;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.PlannedSessions;
import uk.graduated.model.session.SessionLog;

/**
 * Planned against delivered sessions: planned by the shared {@link PlannedSessions} rules (with
 * {@link ReportPeriod#CALENDAR}), delivered being the session logs.
 */
public final class Delivery {
    private Delivery() {
    }

    /** A run of days, both ends included; empty when {@code to} is before {@code from}. */
    public record Window(LocalDate from, LocalDate to) {
        public boolean isEmpty() {
            return to.isBefore(from);
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** The days of {@code from}-{@code to} on which the pupil was in the group. */
    public static Window membershipWindow(GroupMembership m, LocalDate from, LocalDate to) {
        LocalDate start = m.joinedOn().isAfter(from) ? m.joinedOn() : from;
        LocalDate end = m.leftOn() != null && m.leftOn().isBefore(to) ? m.leftOn() : to;
        return new Window(start, end);
    }

    /** Sessions the intervention's schedule planned in the window. */
    public static int planned(Intervention intervention, Window window) {
        if (window.isEmpty()) {
            return 0;
        }
        return PlannedSessions.count(intervention.schedule(), ReportPeriod.CALENDAR, window.from(), window.to());
    }

    /** The sessions dated in the window. */
    public static List<SessionLog> within(List<SessionLog> sessions, Window window) {
        return sessions.stream().filter(s -> window.contains(s.date())).collect(Collectors.toList());
    }

    /** The last day of the intervention as planned: its end date or the end of its last week. */
    public static LocalDate endDate(Intervention intervention) {
        return PlannedSessions.endDate(intervention.schedule(), ReportPeriod.CALENDAR);
    }

    /** Whether the intervention's dates meet the window's. */
    public static boolean overlaps(Intervention intervention, Window window) {
        return !intervention.schedule().startDate().isAfter(window.to()) && !endDate(intervention).isBefore(window.from());
    }

    /**
     * One cell per week from {@code firstMonday} to the week holding {@code countedTo}: sessions planned
     * and delivered from Monday to Sunday, no later than {@code countedTo}.
     */
    public static List<WeekCell> weeks(Intervention intervention, List<SessionLog> sessions, LocalDate firstMonday,
            LocalDate countedTo) {
        List<WeekCell> weeks = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(countedTo); monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            Window week = new Window(monday, sunday.isAfter(countedTo) ? countedTo : sunday);
            weeks.add(new WeekCell(monday, planned(intervention, week), within(sessions, week).size()));
        }
        return weeks;
    }
}
