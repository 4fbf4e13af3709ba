package uk.graduated.app.data.membership;

import androidx.room.Dao;
import androidx.room.Query;
import androidx.room.Upsert;

import java.util.List;

import uk.graduated.app.data.record.KnownVersion;
import uk.graduated.app.data.record.SyncedRows;

@Dao
public interface GroupMembershipDao extends SyncedRows {
    @Upsert
    void putAll(List<GroupMembershipEntity> rows);

    /** The memberships of a group that cover a day (ISO date). */
    @Query("SELECT * FROM group_membership WHERE intervention_id = :interventionId AND deleted = 0"
            + " AND joined_on <= :date AND (left_on IS NULL OR left_on >= :date) ORDER BY joined_on, id")
    List<GroupMembershipEntity> inGroupOn(String interventionId, String date);

    /** Every group a pupil has been in, latest first: the pupil screen. */
    @Query("SELECT * FROM group_membership WHERE pupil_id = :pupilId AND deleted = 0 ORDER BY joined_on DESC")
    List<GroupMembershipEntity> forPupil(String pupilId);

    @Override
    @Query("SELECT server_version FROM group_membership WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM group_membership WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM group_membership WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE group_membership SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE group_membership SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);

    @Override
    @Query("DELETE FROM group_membership WHERE id = :id")
    void delete(String id);
}
