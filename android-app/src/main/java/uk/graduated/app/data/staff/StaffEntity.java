package uk.graduated.app.data.staff;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import androidx.room.PrimaryKey;

/** A member of staff at the device's school: the who-is-using-this-tablet list. */
@Entity(tableName = "staff", indices = {@Index(value = {"deleted", "display_name"})})
public class StaffEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public String id = "";

    @ColumnInfo(name = "server_version")
    public Long serverVersion;

    @ColumnInfo(name = "deleted")
    public boolean deleted;

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
