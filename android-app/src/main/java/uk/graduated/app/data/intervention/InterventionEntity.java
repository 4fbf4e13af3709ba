package uk.graduated.app.data.intervention;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** An intervention group with the schedule columns the Today screen filters on. */
@Entity(tableName = "intervention", indices = {@Index(value = {"status", "start_date"})})
public class InterventionEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "school_id")
    public String schoolId = "";

    @NonNull
    @ColumnInfo(name = "name")
    public String name = "";

    /** planned, running or ended. */
    @NonNull
    @ColumnInfo(name = "status")
    public String status = "";

    @NonNull
    @ColumnInfo(name = "start_date")
    public String startDate = "";

    /**
     * Last day, when the schedule names one. A schedule of so many teaching weeks has none here:
     * its end depends on the school calendar, and the SENCO ends the group when it is over.
     */
    @ColumnInfo(name = "end_date")
    public String endDate;

    /** The days it runs on, one bit each: Monday 1, Tuesday 2, ... Sunday 64 ({@link DayBits}). */
    @ColumnInfo(name = "days_mask")
    public int daysMask;

    /** HH:mm, or null when there is no usual time. */
    @ColumnInfo(name = "start_time")
    public String startTime;

    @ColumnInfo(name = "minutes_per_session")
    public int minutesPerSession;

    @ColumnInfo(name = "sessions_per_day")
    public int sessionsPerDay;

    /** The whole record in its JSON form (InterventionJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
