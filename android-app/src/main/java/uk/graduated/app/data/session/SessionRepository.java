package uk.graduated.app.data.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.graduated.app.core.Clock;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.validation.ValidationException;

/** Logged sessions: what the TA's session screen writes and the pupil screen reads. */
public final class SessionRepository {
    private final AppDatabase db;
    private final SessionLogTable table;
    private final LocalWriter writer;
    private final Clock clock;

    public SessionRepository(AppDatabase db, LocalWriter writer, Clock clock) {
        this.db = db;
        this.table = new SessionLogTable(db.sessionLogs());
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Saves a session with its attendance and ratings, and queues it for the server, in one
     * transaction.
     *
     * @throws ValidationException naming the field: a date after today on this tablet, a device id
     *                             other than this tablet's, an id already saved, or any rule the
     *                             record's codec enforces
     */
    public void logSession(SessionLog log) {
        log.checkNotAfter(clock.today());
        if (!log.deviceId().equals(writer.author().deviceId())) {
            throw ValidationException.of("deviceId", "device_mismatch", "deviceId must be this tablet's id");
        }
        writer.create(EntityType.SESSION_LOG, log.id(), SessionLogJson.toJson(log));
    }

    /** Deletes a session logged by mistake; the server keeps it as a tombstone. */
    public void delete(UUID sessionId) {
        writer.delete(EntityType.SESSION_LOG, sessionId);
    }

    /** The session, or null when it is not on this tablet. */
    public SessionLog find(UUID sessionId) {
        return table.find(sessionId);
    }

    /** Whether the group's session for a day is logged: a done tick on the Today screen. */
    public boolean loggedOn(UUID interventionId, LocalDate date) {
        return !db.sessionLogs().loggedOn(interventionId.toString(), date.toString()).isEmpty();
    }

    /** The sessions a member of staff ran, newest first. */
    public List<SessionLog> recentBy(UUID staffId, int limit) {
        List<SessionLog> logs = new ArrayList<>();
        for (String id : db.sessionLogs().recentIdsBy(staffId.toString(), limit)) {
            logs.add(table.find(UUID.fromString(id)));
        }
        return logs;
    }

    /** A pupil's latest sessions, newest first, with their attendance. */
    public List<PupilSession> recentForPupil(UUID pupilId, int limit) {
        return db.sessionLogs().recentForPupil(pupilId.toString(), limit);
    }

    /** A pupil's latest ratings against their targets, newest first. */
    public List<PupilRating> recentRatingsForPupil(UUID pupilId, int limit) {
        return db.sessionLogs().recentRatingsForPupil(pupilId.toString(), limit);
    }
}
