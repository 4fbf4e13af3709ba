package uk.graduated.app.data.senneed;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** One of a pupil's ranked types of need, for the pupil screen. */
@Entity(tableName = "sen_need", indices = {@Index(value = {"pupil_id", "rank"})})
public class SenNeedEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    /** Census need-type code, e.g. SPLD. */
    @NonNull
    @ColumnInfo(name = "type")
    public String type = "";

    /** 1 primary, 2 secondary. */
    @ColumnInfo(name = "rank")
    public int rank;

    @NonNull
    @ColumnInfo(name = "start_date")
    public String startDate = "";

    /** First day it no longer applied, or null while open. */
    @ColumnInfo(name = "end_date")
    public String endDate;

    /** The whole record in its JSON form (RankedNeedJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
