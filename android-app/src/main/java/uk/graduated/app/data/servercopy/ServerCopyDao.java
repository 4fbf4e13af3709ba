package uk.graduated.app.data.servercopy;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

@Dao
public interface ServerCopyDao {
    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void put(ServerCopyEntity copy);

    @Query("SELECT * FROM server_copy WHERE entity_type = :entityType AND entity_id = :entityId")
    ServerCopyEntity find(String entityType, String entityId);

    @Query("DELETE FROM server_copy WHERE entity_type = :entityType AND entity_id = :entityId")
    void forget(String entityType, String entityId);
}
