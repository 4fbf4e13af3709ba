package uk.graduated.app.data.pupil;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface PupilDao extends SyncedRows {
    @Upsert
    void putAll(List<PupilEntity> rows);

    /** The pupils in an intervention group on a day (ISO date), by name: the session screen's register. */
    @Query("SELECT p.* FROM pupil p JOIN group_membership m ON m.pupil_id = p.id"
            + " WHERE m.intervention_id = :interventionId AND m.deleted = 0 AND p.deleted = 0"
            + " AND m.joined_on <= :date AND (m.left_on IS NULL OR m.left_on >= :date)"
            + " ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE")
    List<PupilEntity> inGroupOn(String interventionId, String date);

    /** The children of a class or nursery room still on roll on a day (ISO date), by name. */
    @Query("SELECT * FROM pupil WHERE class_name = :className AND deleted = 0"
            + " AND (left_on IS NULL OR left_on > :date)"
            + " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE")
    List<PupilEntity> inClassOn(String className, String date);

    /** The classes or nursery rooms of the pupils a scope holds (SyncScope.key()), by name. */
    @Query("SELECT DISTINCT p.class_name FROM pupil p JOIN record_scope s"
            + " ON s.entity_type = 'pupil' AND s.entity_id = p.id"
            + " WHERE s.scope = :scope AND p.deleted = 0 AND p.class_name IS NOT NULL"
            + " ORDER BY p.class_name COLLATE NOCASE")
    List<String> classNamesHeldBy(String scope);

    @Override
    @Query("SELECT server_version FROM pupil WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM pupil WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM pupil WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE pupil SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE pupil SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM pupil WHERE id = :id")
    void delete(String id);
}
