package uk.graduated.app.data.staff;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface StaffDao extends SyncedRows {
    @Upsert
    void putAll(List<StaffEntity> rows);

    /** Everyone who may pick their name on the sign-in screen, alphabetically. */
    @Query("SELECT * FROM staff WHERE deleted = 0 ORDER BY display_name COLLATE NOCASE, id")
    List<StaffEntity> signInList();

    @Override
    @Query("SELECT server_version FROM staff WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM staff WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM staff WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE staff SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE staff SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM staff WHERE id = :id")
    void delete(String id);
}
