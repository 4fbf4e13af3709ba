package uk.graduated.app.data.plan;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** One assess-plan-do-review cycle of a support plan: when its targets are next reviewed. */
@Entity(tableName = "plan_cycle", indices = {@Index(value = {"plan_id"})})
public class PlanCycleEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "plan_id")
    public String planId = "";

    @NonNull
    @ColumnInfo(name = "start_date")
    public String startDate = "";

    @NonNull
    @ColumnInfo(name = "review_date")
    public String reviewDate = "";

    /** Stage code: assess, plan, do, review or closed. */
    @NonNull
    @ColumnInfo(name = "status")
    public String status = "";

    /** The whole record in its JSON form (PlanCycleJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
