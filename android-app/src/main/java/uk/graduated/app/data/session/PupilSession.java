package uk.graduated.app.data.session;

import androidx.room.ColumnInfo;

/** A session a pupil was on the register of, for the pupil screen. */
public class PupilSession {
    @ColumnInfo(name = "session_id")
    public String sessionId;

    @ColumnInfo(name = "intervention_id")
    public String interventionId;

    /** Null when the intervention is not on this tablet. */
    @ColumnInfo(name = "intervention_name")
    public String interventionName;

    @ColumnInfo(name = "date")
    public String date;

    @ColumnInfo(name = "minutes")
    public int minutes;

    /** present or absent. */
    @ColumnInfo(name = "status")
    public String status;

    @ColumnInfo(name = "absence_reason")
    public String absenceReason;

    @ColumnInfo(name = "notes")
    public String notes;

    @ColumnInfo(name = "concern_flagged")
    public boolean concernFlagged;
}
