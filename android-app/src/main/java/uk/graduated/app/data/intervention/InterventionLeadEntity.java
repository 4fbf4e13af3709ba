package uk.graduated.app.data.intervention;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/** A member of staff who runs an intervention: how "my groups" are found. */
@Entity(tableName = "intervention_lead", primaryKeys = {"intervention_id", "staff_id"},
        indices = {@Index(value = {"staff_id"})})
public class InterventionLeadEntity {
    @NonNull
    @ColumnInfo(name = "intervention_id")
    public String interventionId = "";

    @NonNull
    @ColumnInfo(name = "staff_id")
    public String staffId = "";
}
