package uk.graduated.app.data.session;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/** One pupil's attendance at a logged session. */
@Entity(tableName = "session_attendance", primaryKeys = {"session_id", "pupil_id"},
        indices = {@Index(value = {"pupil_id"})})
public class SessionAttendanceEntity {
    @NonNull
    @ColumnInfo(name = "session_id")
    public String sessionId = "";

    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    /** present or absent. */
    @NonNull
    @ColumnInfo(name = "status")
    public String status = "";

    @ColumnInfo(name = "absence_reason")
    public String absenceReason;
}
