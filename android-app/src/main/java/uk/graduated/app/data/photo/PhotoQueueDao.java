package uk.graduated.app.data.photo;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

@Dao
public interface PhotoQueueDao {
    /** Queues a photo; one already queued keeps its row and upload progress. */
    @Insert(onConflict = OnConflictStrategy.IGNORE)
    void enqueue(PhotoQueueEntity photo);

    @Query("SELECT * FROM photo_queue WHERE sha256 = :sha256")
    PhotoQueueEntity find(String sha256);

    @Query("SELECT * FROM photo_queue WHERE state = 'waiting' ORDER BY queued_at, sha256")
    List<PhotoQueueEntity> waiting();

    @Query("SELECT * FROM photo_queue WHERE state = 'failed' ORDER BY queued_at, sha256")
    List<PhotoQueueEntity> failed();

    /** Every photo file the queue knows of, uploaded or not: what a wipe deletes. */
    @Query("SELECT local_path FROM photo_queue")
    List<String> localPaths();

    @Query("UPDATE photo_queue SET uploaded_bytes = :uploadedBytes WHERE sha256 = :sha256")
    void progress(String sha256, long uploadedBytes);

    @Query("UPDATE photo_queue SET state = 'complete', uploaded_bytes = size_bytes WHERE sha256 = :sha256")
    void complete(String sha256);

    @Query("UPDATE photo_queue SET state = 'failed', failure_message = :message WHERE sha256 = :sha256")
    void fail(String sha256, String message);
}
