package uk.graduated.app.data.session;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import uk.graduated.app.data.record.RecordTable;
import uk.graduated.model.json.JsonFields;
import uk.graduated.model.session.Attendance;
import uk.graduated.model.session.SessionLog;
import uk.graduated.model.session.SessionLogJson;
import uk.graduated.model.session.TargetRating;
import uk.graduated.model.sync.EntityType;

public final class SessionLogTable extends RecordTable<SessionLog, SessionLogEntity> {
    private final SessionLogDao dao;

    public SessionLogTable(SessionLogDao dao) {
        super(EntityType.SESSION_LOG, dao);
        this.dao = dao;
    }

    @Override
    protected SessionLog parse(JsonFields fields) {
        return SessionLogJson.fromJson(fields);
    }

    @Override
    protected JsonObject toJson(SessionLog log) {
        return SessionLogJson.toJson(log);
    }

    @Override
    protected SessionLogEntity row(SessionLog log, String fieldsJson) {
        SessionLogEntity row = new SessionLogEntity();
        row.id = log.id().toString();
        row.interventionId = log.interventionId().toString();
        row.date = log.date().toString();
        row.startTime = log.startTime() == null ? null : log.startTime().toString();
        row.minutes = log.minutes();
        row.deliveredBy = log.deliveredBy().toString();
        row.notes = log.notes();
        row.concernFlagged = log.concernFlagged();
        row.fieldsJson = fieldsJson;
        return row;
    }

    @Override
    protected void store(List<SessionLog> logs, List<SessionLogEntity> rows) {
        List<SessionAttendanceEntity> attendance = new ArrayList<>();
        List<SessionRatingEntity> ratings = new ArrayList<>();
        for (SessionLog log : logs) {
            String sessionId = log.id().toString();
            attendance.addAll(attendance(sessionId, log.attendance()));
            ratings.addAll(ratings(sessionId, log.ratings()));
        }
        dao.putAll(rows, attendance, ratings);
    }

    private static List<SessionAttendanceEntity> attendance(String sessionId, List<Attendance> attendance) {
        List<SessionAttendanceEntity> rows = new ArrayList<>(attendance.size());
        for (Attendance a : attendance) {
            SessionAttendanceEntity row = new SessionAttendanceEntity();
            row.sessionId = sessionId;
            row.pupilId = a.pupilId().toString();
            row.status = a.status().code();
            row.absenceReason = a.absenceReason() == null ? null : a.absenceReason().code();
            rows.add(row);
        }
        return rows;
    }

    private static List<SessionRatingEntity> ratings(String sessionId, List<TargetRating> ratings) {
        List<SessionRatingEntity> rows = new ArrayList<>(ratings.size());
        for (TargetRating r : ratings) {
            SessionRatingEntity row = new SessionRatingEntity();
            row.sessionId = sessionId;
            row.pupilId = r.pupilId().toString();
            row.targetId = r.targetId().toString();
            row.rating = r.rating().value();
            rows.add(row);
        }
        return rows;
    }
}
