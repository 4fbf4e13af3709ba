package uk.graduated.app.data.session;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/**
 * A logged session. Attendance and ratings live in child tables, one row per pupil (and target),
 * so "recent sessions and ratings of a pupil" is an indexed lookup rather than a scan of JSON.
 */
@Entity(tableName = "session_log", indices = {@Index(value = {"intervention_id", "date"}),
        @Index(value = {"delivered_by", "date"})})
public class SessionLogEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "intervention_id")
    public String interventionId = "";

    @NonNull
    @ColumnInfo(name = "date")
    public String date = "";

    @ColumnInfo(name = "start_time")
    public String startTime;

    @ColumnInfo(name = "minutes")
    public int minutes;

    @NonNull
    @ColumnInfo(name = "delivered_by")
    public String deliveredBy = "";

    @ColumnInfo(name = "notes")
    public String notes;

    @ColumnInfo(name = "concern_flagged")
    public boolean concernFlagged;

    /** The whole record in its JSON form (SessionLogJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
