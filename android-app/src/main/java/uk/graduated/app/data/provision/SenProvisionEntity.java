package uk.graduated.app.data.provision;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import uk.graduated.app.data.record.SyncedRow;

/** One period of a pupil's SEN provision (E, K or N): the pupil screen says "SEN support" or "EHC plan". */
@Entity(tableName = "sen_provision", indices = {@Index(value = {"pupil_id", "start_date"})})
public class SenProvisionEntity extends SyncedRow {
    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    /** Census code: E, K or N. */
    @NonNull
    @ColumnInfo(name = "provision")
    public String provision = "";

    @NonNull
    @ColumnInfo(name = "start_date")
    public String startDate = "";

    /** First day it no longer applied, or null while open. */
    @ColumnInfo(name = "end_date")
    public String endDate;

    /** The whole record in its JSON form (ProvisionEntryJson). */
    @NonNull
    @ColumnInfo(name = "fields_json")
    public String fieldsJson = "{}";
}
