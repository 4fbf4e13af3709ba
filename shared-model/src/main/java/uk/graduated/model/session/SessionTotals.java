package uk.graduated.model.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What was delivered, summed over the logged sessions of one intervention, to set beside the
 * planned sessions and to cost the time actually spent.
 */
public final class SessionTotals {
    private SessionTotals() {
    }

    /** Minutes of adult time delivered, each session counted once. */
    public static long deliveredMinutes(Collection<SessionLog> sessions) {
        return sessions.stream().mapToLong(SessionLog::minutes).sum();
    }

    /** Minutes of sessions the pupil was present at: the time an individual pupil received. */
    public static long attendedMinutes(Collection<SessionLog> sessions, UUID pupilId) {
        return sessions.stream().filter(s -> s.wasPresent(pupilId)).mapToLong(SessionLog::minutes).sum();
    }

    /** Sessions the pupil was present at. */
    public static int attendedSessions(Collection<SessionLog> sessions, UUID pupilId) {
        return (int) sessions.stream().filter(s -> s.wasPresent(pupilId)).count();
    }

    /** The distinct days on which a session was delivered, in order. */
    public static List<LocalDate> deliveredDates(Collection<SessionLog> sessions) {
        return sessions.stream().map(SessionLog::date).distinct().sorted()
                .collect(Collectors.collectingAndThen(Collectors.toList(), List::copyOf));
    }
}
