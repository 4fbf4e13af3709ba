package uk.graduated.app.data.target;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** A target of a pupil's support plan: what sessions are rated against. */
@Entity(tableName = "plan_target", indices = {@Index(value = {"pupil_id", "status"})})
public class PlanTargetEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    @NonNull
    @ColumnInfo(name = "cycle_id")
    public String cycleId = "";

    @NonNull
    @ColumnInfo(name = "outcome")
    public String outcome = "";

    /** Broad area code. */
    @NonNull
    @ColumnInfo(name = "area_of_need")
    public String areaOfNeed = "";

    /** active, achieved, carried_forward or discontinued. */
    @NonNull
    @ColumnInfo(name = "status")
    public String status = "";

    @NonNull
    @ColumnInfo(name = "review_date")
    public String reviewDate = "";

    /** The whole record in its JSON form (TargetJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
