package uk.graduated.app.data.observation;

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
public interface ObservationDao extends SyncedRows {
    @Upsert
    void putRows(List<ObservationEntity> observations);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void insertChildren(List<ObservationChildEntity> children);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void insertPhotos(List<ObservationPhotoEntity> photos);

    @Query("DELETE FROM observation_child WHERE observation_id IN (:observationIds)")
    void deleteChildren(List<String> observationIds);

    @Query("DELETE FROM observation_photo WHERE observation_id IN (:observationIds)")
    void deletePhotos(List<String> observationIds);

    @Query("DELETE FROM observation WHERE id = :id")
    void deleteRow(String id);

    /** Writes the observations, and their children and photos in place of the ones they had. */
    @Transaction
    default void putAll(List<ObservationEntity> observations, List<ObservationChildEntity> children,
                        List<ObservationPhotoEntity> photos) {
        putRows(observations);
        for (List<String> observationIds : SqlChunks.of(SyncedRow.idsOf(observations))) {
            deleteChildren(observationIds);
            deletePhotos(observationIds);
        }
        insertChildren(children);
        insertPhotos(photos);
    }

    @Override
    @Transaction
    default void delete(String id) {
        deleteChildren(List.of(id));
        deletePhotos(List.of(id));
        deleteRow(id);
    }

    /** A child's latest observations, newest first, including group observations naming them. */
    @Query("SELECT o.* FROM observation o JOIN observation_child c ON c.observation_id = o.id"
            + " WHERE c.child_id = :childId AND o.deleted = 0 ORDER BY o.observed_at DESC, o.id DESC LIMIT :limit")
    List<ObservationEntity> recentForChild(String childId, int limit);

    /** A nursery room's latest observations, newest first. */
    @Query("SELECT * FROM observation WHERE room = :room AND deleted = 0"
            + " ORDER BY observed_at DESC, id DESC LIMIT :limit")
    List<ObservationEntity> recentInRoom(String room, int limit);

    @Query("SELECT * FROM observation_photo WHERE observation_id = :observationId ORDER BY position")
    List<ObservationPhotoEntity> photosOf(String observationId);

    @Override
    @Query("SELECT server_version FROM observation WHERE id = :id")
    Long serverVersion(String id);

    @Override
    @Query("SELECT id, server_version FROM observation WHERE id IN (:ids) AND server_version IS NOT NULL")
    List<KnownVersion> knownVersions(List<String> ids);

    @Override
    @Query("SELECT fields_json FROM observation WHERE id = :id AND deleted = 0")
    String fieldsJson(String id);

    @Override
    @Query("UPDATE observation SET server_version = :version WHERE id = :id")
    void setServerVersion(String id, long version);

    @Override
    @Query("UPDATE observation SET deleted = :deleted WHERE id = :id")
    void setDeleted(String id, boolean deleted);
}
