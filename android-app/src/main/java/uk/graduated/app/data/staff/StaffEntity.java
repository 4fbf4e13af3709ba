package uk.graduated.app.data.staff;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** A member of staff at the device's school: the who-is-using-this-tablet list. */
@Entity(tableName = "staff", indices = {@Index(value = {"deleted", "display_name"})})
public class StaffEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "school_id")
    public String schoolId = "";

    @NonNull
    @ColumnInfo(name = "display_name")
    public String displayName = "";

    /** Role codes, comma-separated, in the roles' declaration order. */
    @NonNull
    @ColumnInfo(name = "roles")
    public String roles = "";

    /** The whole record in its JSON form (StaffMemberJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
