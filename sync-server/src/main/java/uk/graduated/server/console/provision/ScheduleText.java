package uk.graduated.server.console.provision;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.model.intervention.InterventionStatus;
import uk.graduated.model.intervention.Schedule;

/** An intervention's schedule and status in words. */
public final class ScheduleText {
    private ScheduleText() {
    }

    /** "Mon, Wed, Fri". */
    public static String days(Schedule schedule) {
        return schedule.days().stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK))
                .collect(Collectors.joining(", "));
    }

    /** "3 × 20 min a week". */
    public static String frequency(Schedule schedule) {
        return schedule.sessionsPerWeek() + " × " + schedule.minutesPerSession() + " min a week";
    }

    /** "Mon, Wed, Fri at 10:45". */
    public static String when(Schedule schedule) {
        return days(schedule) + (schedule.startTime() == null ? "" : " at " + schedule.startTime());
    }

    public static String status(Intervention intervention) {
        InterventionStatus status = intervention.status();
        return switch (status) {
            case PLANNED -> "Planned";
            case RUNNING -> "Running";
            case ENDED -> "Ended";
        };
    }
}
