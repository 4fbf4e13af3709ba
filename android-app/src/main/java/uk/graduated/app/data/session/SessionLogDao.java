package uk.graduated.app.data.session;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;
import androidx.room.Transaction;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.db.SqlChunks;
import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRow;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface SessionLogDao extends SyncedRows {
    @Upsert
    void putRows(List<SessionLogEntity> sessions);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void insertAttendance(List<SessionAttendanceEntity> attendance);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void insertRatings(List<SessionRatingEntity> ratings);

    @Query("DELETE FROM session_attendance WHERE session_id IN (:sessionIds)")
    void deleteAttendance(List<String> sessionIds);

    @Query("DELETE FROM session_rating WHERE session_id IN (:sessionIds)")
    void deleteRatings(List<String> sessionIds);

    @Query("DELETE FROM session_log WHERE id = :id")
    void deleteRow(String id);

    /** Writes the sessions, and their attendance and ratings in place of the ones they had. */
    @Transaction
    default void putAll(List<SessionLogEntity> sessions, List<SessionAttendanceEntity> attendance,
                        List<SessionRatingEntity> ratings) {
        putRows(sessions);
        for (List<String> sessionIds : SqlChunks.of(SyncedRow.idsOf(sessions))) {
            deleteAttendance(sessionIds);
            deleteRatings(sessionIds);
        }
        insertAttendance(attendance);
        insertRatings(ratings);
    }

    @Override
    @Transaction
    default void delete(String id) {
        deleteAttendance(List.of(id));
        deleteRatings(List.of(id));
        deleteRow(id);
    }

    /** The sessions of a group logged on a day (ISO date): whether Today's group is done. */
    @Query("SELECT * FROM session_log WHERE intervention_id = :interventionId AND date = :date AND deleted = 0"
            + " ORDER BY start_time")
    List<SessionLogEntity> loggedOn(String interventionId, String date);

    /** The ids of the sessions a member of staff ran, newest first: the Today screen's recent list. */
    @Query("SELECT id FROM session_log WHERE delivered_by = :staffId AND deleted = 0"
            + " ORDER BY date DESC, start_time DESC, id DESC LIMIT :limit")
    List<String> recentIdsBy(String staffId, int limit);

    /** A pupil's latest sessions, newest first, with their attendance at each. */
    @Query("SELECT s.id AS session_id, s.intervention_id, i.name AS intervention_name, s.date, s.minutes,"
            + " a.status, a.absence_reason, s.notes, s.concern_flagged"
            + " FROM session_attendance a JOIN session_log s ON s.id = a.session_id"
            + " LEFT JOIN intervention i ON i.id = s.intervention_id AND i.deleted = 0"
            + " WHERE a.pupil_id = :pupilId AND s.deleted = 0"
            + " ORDER BY s.date DESC, s.start_time DESC, s.id DESC LIMIT :limit")
    List<PupilSession> recentForPupil(String pupilId, int limit);

    /** A pupil's latest ratings, newest first, with the target's outcome. */
    @Query("SELECT r.session_id, s.date, r.target_id, t.outcome, r.rating"
            + " FROM session_rating r JOIN session_log s ON s.id = r.session_id"
            + " LEFT JOIN plan_target t ON t.id = r.target_id AND t.deleted = 0"
            + " WHERE r.pupil_id = :pupilId AND s.deleted = 0"
            + " ORDER BY s.date DESC, s.start_time DESC, s.id DESC, t.outcome LIMIT :limit")
    List<PupilRating> recentRatingsForPupil(String pupilId, int limit);

    @Override
    @Query("SELECT server_version FROM session_log WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM session_log WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM session_log WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE session_log SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE session_log SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);
}
