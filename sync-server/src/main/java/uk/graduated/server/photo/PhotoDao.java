package uk.graduated.server.photo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** {@code photo} (complete photos) and {@code photo_upload} (uploads in progress), per school. */
final class PhotoDao {
    /** A complete photo's metadata. */
    record Photo(long size, String mediaType) {
    }

    /** An upload in progress: {@code received} bytes from the first are on disk. */
    record Upload(long total, long received, String mediaType) {
    }

    /** A partial upload that was given up. */
    record Stale(UUID schoolId, String sha256) {
    }

    private final Handle handle;

    PhotoDao(Handle handle) {
        this.handle = handle;
    }

    Optional<Photo> photo(UUID schoolId, String sha256) {
        return handle.createQuery("select size_bytes, media_type from photo where school_id = :school and sha256 = :sha"
                        + " and not deleted")
                .bind("school", schoolId)
                .bind("sha", sha256)
                .map((rs, ctx) -> new Photo(rs.getLong("size_bytes"), rs.getString("media_type")))
                .findOne();
    }

    Optional<Upload> upload(UUID schoolId, String sha256) {
        return handle.createQuery("select total_size, received, media_type from photo_upload"
                        + " where school_id = :school and sha256 = :sha")
                .bind("school", schoolId)
                .bind("sha", sha256)
                .map((rs, ctx) -> new Upload(rs.getLong("total_size"), rs.getLong("received"), rs.getString("media_type")))
                .findOne();
    }

    /** The upload, started now if it was not, locked until the transaction ends. */
    Upload lockOrStart(UUID schoolId, String sha256, long total, String mediaType, UUID staffId, UUID deviceId) {
        handle.createUpdate("""
                        insert into photo_upload (school_id, sha256, total_size, received, media_type, started_by, device_id)
                        values (:school, :sha, :total, 0, :type, :staff, :device)
                        on conflict (school_id, sha256) do nothing""")
                .bind("school", schoolId)
                .bind("sha", sha256)
                .bind("total", total)
                .bind("type", mediaType)
                .bindByType("staff", staffId, UUID.class)
                .bindByType("device", deviceId, UUID.class)
                .execute();
        return handle.createQuery("select total_size, received, media_type from photo_upload"
                        + " where school_id = :school and sha256 = :sha for update")
                .bind("school", schoolId)
                .bind("sha", sha256)
                .map((rs, ctx) -> new Upload(rs.getLong("total_size"), rs.getLong("received"), rs.getString("media_type")))
                .one();
    }

    void setReceived(UUID schoolId, String sha256, long received) {
        handle.createUpdate("update photo_upload set received = :received, updated_at = now()"
                        + " where school_id = :school and sha256 = :sha")
                .bind("received", received)
                .bind("school", schoolId)
                .bind("sha", sha256)
                .execute();
    }

    void deleteUpload(UUID schoolId, String sha256) {
        handle.createUpdate("delete from photo_upload where school_id = :school and sha256 = :sha")
                .bind("school", schoolId)
                .bind("sha", sha256)
                .execute();
    }

    void insertPhoto(UUID schoolId, String sha256, Upload upload, long version, UUID staffId, UUID deviceId) {
        handle.createUpdate("""
                        insert into photo (school_id, sha256, size_bytes, media_type, version, updated_by, updated_device)
                        values (:school, :sha, :size, :type, :version, :staff, :device)""")
                .bind("school", schoolId)
                .bind("sha", sha256)
                .bind("size", upload.total())
                .bind("type", upload.mediaType())
                .bind("version", version)
                .bindByType("staff", staffId, UUID.class)
                .bindByType("device", deviceId, UUID.class)
                .execute();
    }

    /** The children of each live observation at the school that refers to the photo. */
    List<List<UUID>> observationChildren(UUID schoolId, String sha256) {
        return handle.createQuery("select child_ids from observation where school_id = :school"
                        + " and photo_sha256 @> array[cast(:sha as text)] and not deleted")
                .bind("school", schoolId)
                .bind("sha", sha256)
                .map((rs, ctx) -> Arrays.asList((UUID[]) rs.getArray("child_ids").getArray()))
                .list();
    }

    List<Stale> deleteStale(Instant before) {
        return handle.createQuery("delete from photo_upload where updated_at < :before returning school_id, sha256")
                .bind("before", before.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new Stale(rs.getObject("school_id", UUID.class), rs.getString("sha256")))
                .list();
    }
}
