package uk.graduated.app.data.outbox;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

@Dao
public interface OutboxDao {
    @Insert(onConflict = OnConflictStrategy.ABORT)
    void insert(OutboxEntry entry);

    @Query("SELECT COALESCE(MAX(sequence), 0) + 1 FROM outbox")
    long nextSequence();

    @Query("SELECT * FROM outbox WHERE state = 'pending' ORDER BY sequence LIMIT :limit")
    List<OutboxEntry> pending(int limit);

    @Query("SELECT * FROM outbox WHERE state = 'rejected' ORDER BY sequence")
    List<OutboxEntry> rejected();

    @Query("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
    int pendingCount();

    @Query("DELETE FROM outbox WHERE mutation_id = :mutationId")
    int remove(String mutationId);

    @Query("UPDATE outbox SET state = 'rejected', rejection_message = :message, rejection_field = :field"
            + " WHERE mutation_id = :mutationId")
    int markRejected(String mutationId, String message, String field);
}
