package uk.graduated.app.data.target;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface PlanTargetDao extends SyncedRows {
    @Upsert
    void putAll(List<PlanTargetEntity> rows);

    /** The targets the pupils are working on now: the rating rows of the session screen. */
    @Query("SELECT * FROM plan_target WHERE pupil_id IN (:pupilIds) AND status = 'active' AND deleted = 0"
            + " ORDER BY pupil_id, review_date, outcome")
    List<PlanTargetEntity> activeFor(List<String> pupilIds);

    @Override
    @Query("SELECT server_version FROM plan_target WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM plan_target WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM plan_target WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE plan_target SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE plan_target SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM plan_target WHERE id = :id")
    void delete(String id);
}
