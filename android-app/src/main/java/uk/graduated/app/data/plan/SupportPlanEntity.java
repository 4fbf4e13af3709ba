package uk.graduated.app.data.plan;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** A pupil's SEN support plan: ties the pupil to the plan's cycles. */
@Entity(tableName = "support_plan", indices = {@Index(value = {"pupil_id"})})
public class SupportPlanEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    /** The whole record in its JSON form (SupportPlanJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
