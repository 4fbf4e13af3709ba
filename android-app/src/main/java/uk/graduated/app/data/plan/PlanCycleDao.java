package uk.graduated.app.data.plan;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface PlanCycleDao extends SyncedRows {
    @Upsert
    void putAll(List<PlanCycleEntity> rows);

    /** The pupil's open cycle (the latest begun, should there be two), or null. */
    @Query("SELECT c.* FROM plan_cycle c JOIN support_plan p ON p.id = c.plan_id"
            + " WHERE p.pupil_id = :pupilId AND p.deleted = 0 AND c.deleted = 0 AND c.status <> 'closed'"
            + " ORDER BY c.start_date DESC LIMIT 1")
    PlanCycleEntity openFor(String pupilId);

    @Override
    @Query("SELECT server_version FROM plan_cycle WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM plan_cycle WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM plan_cycle WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE plan_cycle SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE plan_cycle SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM plan_cycle WHERE id = :id")
    void delete(String id);
}
