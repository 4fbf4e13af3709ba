package uk.graduated.app.data.school;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface SchoolDao extends SyncedRows {
    @Upsert
    void putAll(List<SchoolEntity> rows);

    /** The school's name, or null before the device scope's first pull. A tablet belongs to one school. */
    @Query("SELECT name FROM school WHERE deleted = 0 ORDER BY name LIMIT 1")
    String name();

    @Override
    @Query("SELECT server_version FROM school WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM school WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM school WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE school SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE school SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM school WHERE id = :id")
    void delete(String id);
}
