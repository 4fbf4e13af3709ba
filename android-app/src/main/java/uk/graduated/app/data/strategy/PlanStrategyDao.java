package uk.graduated.app.data.strategy;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface PlanStrategyDao extends SyncedRows {
    @Upsert
    void putAll(List<PlanStrategyEntity> rows);

    @Query("SELECT * FROM plan_strategy WHERE pupil_id = :pupilId AND deleted = 0 ORDER BY text")
    List<PlanStrategyEntity> forPupil(String pupilId);

    @Override
    @Query("SELECT server_version FROM plan_strategy WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM plan_strategy WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM plan_strategy WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE plan_strategy SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE plan_strategy SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM plan_strategy WHERE id = :id")
    void delete(String id);
}
