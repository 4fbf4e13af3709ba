package uk.graduated.app.data.pupil;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** A pupil in the signed-in person's scope (a TA's group members, a practitioner's setting). */
@Entity(tableName = "pupil", indices = {@Index(value = {"last_name", "first_name"}), @Index(value = {"class_name"})})
public class PupilEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "school_id")
    public String schoolId = "";

    /** The name staff use: the preferred name when there is one, else the legal first name. */
    @NonNull
    @ColumnInfo(name = "first_name")
    public String firstName = "";

    @NonNull
    @ColumnInfo(name = "last_name")
    public String lastName = "";

    @NonNull
    @ColumnInfo(name = "year_group")
    public String yearGroup = "";

    /** Class or nursery room, or null when not yet placed. */
    @ColumnInfo(name = "class_name")
    public String className;

    /** ISO date. */
    @NonNull
    @ColumnInfo(name = "date_of_birth")
    public String dateOfBirth = "";

    /** ISO date of the first day off roll, or null while on roll. */
    @ColumnInfo(name = "left_on")
    public String leftOn;

    /** The whole record in its JSON form (PupilJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
