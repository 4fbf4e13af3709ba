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

    @Query("SELECT * FROM outbox WHERE mutation_id = :mutationId")
    OutboxEntry find(String mutationId);

    /** One person's changes still waiting for an answer, oldest first. */
    @Query("SELECT * FROM outbox WHERE staff_id = :staffId AND state = 'pending' ORDER BY sequence LIMIT :limit")
    List<OutboxEntry> pendingOf(String staffId, int limit);

    @Query("SELECT * FROM outbox WHERE state = 'rejected' ORDER BY sequence")
    List<OutboxEntry> rejected();

    @Query("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
    int pendingCount();

    /** Whether a change of this record still waits for an answer: a pull must then leave it alone. */
    @Query("SELECT EXISTS(SELECT 1 FROM outbox WHERE entity_type = :entityType AND entity_id = :entityId"
            + " AND state = 'pending')")
    boolean hasPending(String entityType, String entityId);

    /** Those of the records (at most 500 ids, of one type) that have a change still waiting: a pull page's lookup. */
    @Query("SELECT DISTINCT entity_id FROM outbox WHERE entity_type = :entityType AND entity_id IN (:entityIds)"
            + " AND state = 'pending'")
    List<String> pendingAmong(String entityType, List<String> entityIds);

    /** Whether any change of this record, waiting or rejected, is still in the outbox. */
    @Query("SELECT EXISTS(SELECT 1 FROM outbox WHERE entity_type = :entityType AND entity_id = :entityId)")
    boolean hasAny(String entityType, String entityId);

    @Query("DELETE FROM outbox WHERE mutation_id = :mutationId")
    int remove(String mutationId);

    @Query("UPDATE outbox SET state = 'rejected', rejection_code = :code, rejection_field = :field,"
            + " rejection_message = :message, rejection_errors_json = :errorsJson WHERE mutation_id = :mutationId")
    int markRejected(String mutationId, String code, String field, String message, String errorsJson);
}
