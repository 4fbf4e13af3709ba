package uk.graduated.app.data.observation;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/** A child an observation names. */
@Entity(tableName = "observation_child", primaryKeys = {"observation_id", "child_id"},
        indices = {@Index(value = {"child_id"})})
public class ObservationChildEntity {
    @NonNull
    @ColumnInfo(name = "observation_id")
    public String observationId = "";

    @NonNull
    @ColumnInfo(name = "child_id")
    public String childId = "";
}
