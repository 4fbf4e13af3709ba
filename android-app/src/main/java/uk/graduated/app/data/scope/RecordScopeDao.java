package uk.graduated.app.data.scope;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

@Dao
public interface RecordScopeDao {
    @Insert(onConflict = OnConflictStrategy.IGNORE)
    void add(RecordScopeEntity held);

    @Insert(onConflict = OnConflictStrategy.IGNORE)
    void addAll(List<RecordScopeEntity> held);

    @Query("DELETE FROM record_scope WHERE entity_type = :entityType AND entity_id = :entityId AND scope = :scope")
    void remove(String entityType, String entityId, String scope);

    @Query("DELETE FROM record_scope WHERE entity_type = :entityType AND entity_id = :entityId")
    void removeEverywhere(String entityType, String entityId);

    @Query("SELECT COUNT(*) FROM record_scope WHERE entity_type = :entityType AND entity_id = :entityId")
    int holders(String entityType, String entityId);

    @Query("SELECT * FROM record_scope WHERE scope = :scope")
    List<RecordScopeEntity> heldBy(String scope);
}
