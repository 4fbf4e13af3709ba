package uk.graduated.app.data.observation;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/**
 * An early-years observation. The children it names and its photos live in child tables, so a
 * child's observations are an indexed lookup; the EYFS tags stay in the JSON form.
 */
@Entity(tableName = "observation", indices = {@Index(value = {"observed_at"}),
        @Index(value = {"room", "observed_at"})})
public class ObservationEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "school_id")
    public String schoolId = "";

    /** Epoch milliseconds, for ordering newest first. */
    @ColumnInfo(name = "observed_at")
    public long observedAt;

    @NonNull
    @ColumnInfo(name = "observed_by")
    public String observedBy = "";

    @ColumnInfo(name = "text")
    public String text;

    @ColumnInfo(name = "room")
    public String room;

    @ColumnInfo(name = "photo_count")
    public int photoCount;

    /** The whole record in its JSON form (ObservationJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
