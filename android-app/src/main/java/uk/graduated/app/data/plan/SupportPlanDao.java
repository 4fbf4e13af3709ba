package uk.graduated.app.data.plan;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface SupportPlanDao extends SyncedRows {
    @Upsert
    void putAll(List<SupportPlanEntity> rows);

    @Override
    @Query("SELECT server_version FROM support_plan WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM support_plan WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM support_plan WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE support_plan SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE support_plan SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM support_plan WHERE id = :id")
    void delete(String id);
}
