package uk.graduated.app.data.intervention;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;
import androidx.room.Transaction;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.db.SqlChunks;
import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRow;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface InterventionDao extends SyncedRows {
    @Upsert
    void putRows(List<InterventionEntity> interventions);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void insertLeads(List<InterventionLeadEntity> leads);

    @Query("DELETE FROM intervention_lead WHERE intervention_id IN (:interventionIds)")
    void deleteLeads(List<String> interventionIds);

    @Query("DELETE FROM intervention WHERE id = :id")
    void deleteRow(String id);

    /** Writes the interventions, and their leads in place of the ones they had. */
    @Transaction
    default void putAll(List<InterventionEntity> interventions, List<InterventionLeadEntity> leads) {
        putRows(interventions);
        for (List<String> interventionIds : SqlChunks.of(SyncedRow.idsOf(interventions))) {
            deleteLeads(interventionIds);
        }
        insertLeads(leads);
    }

    @Override
    @Transaction
    default void delete(String id) {
        deleteLeads(List.of(id));
        deleteRow(id);
    }

    /**
     * The running groups a member of staff leads that are scheduled on a day: the Today screen.
     *
     * @param date   ISO date
     * @param dayBit {@link DayBits#of(java.time.DayOfWeek)} of that date
     */
    @Query("SELECT i.* FROM intervention i JOIN intervention_lead l ON l.intervention_id = i.id"
            + " WHERE l.staff_id = :staffId AND i.deleted = 0 AND i.status = 'running'"
            + " AND i.start_date <= :date AND (i.end_date IS NULL OR i.end_date >= :date)"
            + " AND (i.days_mask & :dayBit) != 0"
            + " ORDER BY i.start_time IS NULL, i.start_time, i.name COLLATE NOCASE")
    List<InterventionEntity> scheduledOn(String staffId, String date, int dayBit);

    /** Every group a member of staff leads that is not over, by name. */
    @Query("SELECT i.* FROM intervention i JOIN intervention_lead l ON l.intervention_id = i.id"
            + " WHERE l.staff_id = :staffId AND i.deleted = 0 AND i.status != 'ended'"
            + " ORDER BY i.name COLLATE NOCASE")
    List<InterventionEntity> ledBy(String staffId);

    @Override
    @Query("SELECT server_version FROM intervention WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM intervention WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM intervention WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE intervention SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE intervention SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);
}
