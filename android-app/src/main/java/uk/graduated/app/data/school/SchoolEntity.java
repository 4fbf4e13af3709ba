package uk.graduated.app.data.school;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import uk.graduated.app.data.record.SyncedRow;

/** The school or nursery the tablet is enrolled at (device scope): its name heads the sign-in screen. */
@Entity(tableName = "school")
public class SchoolEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "name")
    public String name = "";

    /** Age range code, e.g. primary. */
    @NonNull
    @ColumnInfo(name = "phase")
    public String phase = "";

    /** The whole record in its JSON form (SchoolJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
