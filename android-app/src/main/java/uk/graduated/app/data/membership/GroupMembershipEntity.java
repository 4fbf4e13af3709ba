package uk.graduated.app.data.membership;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** A pupil's place in an intervention group. */
@Entity(tableName = "group_membership", indices = {@Index(value = {"intervention_id", "joined_on"}),
        @Index(value = {"pupil_id"})})
public class GroupMembershipEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "intervention_id")
    public String interventionId = "";

    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    @NonNull
    @ColumnInfo(name = "joined_on")
    public String joinedOn = "";

    /** Last day in the group (inclusive), or null while still in it. */
    @ColumnInfo(name = "left_on")
    public String leftOn;

    /** The whole record in its JSON form (GroupMembershipJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
