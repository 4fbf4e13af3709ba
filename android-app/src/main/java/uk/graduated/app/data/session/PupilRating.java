package uk.graduated.app.data.session;

import androidx.room.ColumnInfo;

/** One rating of a pupil against a target, with the session's date, for the pupil screen. */
public class PupilRating {
    @ColumnInfo(name = "session_id")
    public String sessionId;

    @ColumnInfo(name = "date")
    public String date;

    @ColumnInfo(name = "target_id")
    public String targetId;

    /** Null when the target is not on this tablet. */
    @ColumnInfo(name = "outcome")
    public String outcome;

    /** 1 (not yet) to 4 (independently). */
    @ColumnInfo(name = "rating")
    public int rating;
}
