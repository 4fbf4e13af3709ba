package uk.graduated.app.data.provision;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface SenProvisionDao extends SyncedRows {
    @Upsert
    void putAll(List<SenProvisionEntity> rows);

    /** The census code of the provision that applies to a pupil on a day (ISO date), or null. */
    @Query("SELECT provision FROM sen_provision WHERE pupil_id = :pupilId AND deleted = 0"
            + " AND start_date <= :date AND (end_date IS NULL OR end_date > :date)"
            + " ORDER BY start_date DESC LIMIT 1")
    String on(String pupilId, String date);

    @Override
    @Query("SELECT server_version FROM sen_provision WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM sen_provision WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM sen_provision WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE sen_provision SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE sen_provision SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM sen_provision WHERE id = :id")
    void delete(String id);
}
