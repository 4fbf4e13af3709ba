package uk.graduated.app.data.session;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/** One pupil's rating against one target in a logged session. */
@Entity(tableName = "session_rating", primaryKeys = {"session_id", "pupil_id", "target_id"},
        indices = {@Index(value = {"pupil_id"}), @Index(value = {"target_id"})})
public class SessionRatingEntity {
    @NonNull
    @ColumnInfo(name = "session_id")
    public String sessionId = "";

    @NonNull
    @ColumnInfo(name = "pupil_id")
    public String pupilId = "";

    @NonNull
    @ColumnInfo(name = "target_id")
    public String targetId = "";

    /** 1 (not yet) to 4 (independently). */
    @ColumnInfo(name = "rating")
    public int rating;
}
