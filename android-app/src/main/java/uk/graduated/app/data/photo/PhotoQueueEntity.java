package uk.graduated.app.data.photo;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import androidx.room.PrimaryKey;

/**
 * A photo taken on this tablet, kept until its bytes are on the server. Keyed by the SHA-256 of
 * its bytes: the same photo attached twice is stored and uploaded once.
 */
@Entity(tableName = "photo_queue", indices = {@Index(value = {"state", "queued_at"})})
public class PhotoQueueEntity {
    public static final String STATE_WAITING = "waiting";
    public static final String STATE_COMPLETE = "complete";
    public static final String STATE_FAILED = "failed";

    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "sha256")
    public String sha256 = "";

    @NonNull
    @ColumnInfo(name = "local_path")
    public String localPath = "";

    @ColumnInfo(name = "size_bytes")
    public long sizeBytes;

    @NonNull
    @ColumnInfo(name = "media_type")
    public String mediaType = "";

    /** Bytes the server was last known to hold: where a resumed upload starts. */
    @ColumnInfo(name = "uploaded_bytes")
    public long uploadedBytes;

    /** waiting, complete, or failed (the local file is gone or changed; shown to the person). */
    @NonNull
    @ColumnInfo(name = "state")
    public String state = STATE_WAITING;

    @ColumnInfo(name = "failure_message")
    public String failureMessage;

    /** Epoch milliseconds: photos upload oldest first. */
    @ColumnInfo(name = "queued_at")
    public long queuedAt;
}
