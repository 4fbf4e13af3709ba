package uk.graduated.app.data.strategy;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** Something staff do differently for a pupil, shown on the pupil screen. */
@Entity(tableName = "plan_strategy", indices = {@Index(value = {"pupil_id"})})
public class PlanStrategyEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    @NonNull
    @ColumnInfo(name = "cycle_id")
    public String cycleId = "";

    @NonNull
    @ColumnInfo(name = "text")
    public String text = "";

    @NonNull
    @ColumnInfo(name = "who")
    public String who = "";

    /** The whole record in its JSON form (StrategyJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
