package uk.graduated.app.data.senneed;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface SenNeedDao extends SyncedRows {
    @Upsert
    void putAll(List<SenNeedEntity> rows);

    /** A pupil's needs that apply on a day (ISO date), primary first. */
    @Query("SELECT * FROM sen_need WHERE pupil_id = :pupilId AND deleted = 0"
            + " AND start_date <= :date AND (end_date IS NULL OR end_date > :date) ORDER BY rank, type")
    List<SenNeedEntity> currentFor(String pupilId, String date);

    @Override
    @Query("SELECT server_version FROM sen_need WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM sen_need WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM sen_need WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE sen_need SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE sen_need SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM sen_need WHERE id = :id")
    void delete(String id);
}
