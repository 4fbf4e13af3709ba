package uk.graduated.server.device;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.graduated.server.auth.Timestamps;

/** The {@code enrolment_code} table, keyed by the code's SHA-256. */
final class EnrolmentCodeDao {
    record Code(UUID schoolId, UUID createdBy, Instant expiresAt, Instant usedAt) {
    }

    private final Handle handle;

    EnrolmentCodeDao(Handle handle) {
        this.handle = handle;
    }

    /** False when the hash is taken (an equal code still on file), so the caller draws another. */
    boolean insert(byte[] codeHash, UUID schoolId, UUID createdBy, Instant now, Instant expiresAt) {
        return handle.createUpdate("""
                        insert into enrolment_code (code_hash, school_id, created_by, created_at, expires_at)
                        values (:hash, :school, :by, :now, :expires)
                        on conflict (code_hash) do nothing""")
                .bind("hash", codeHash)
                .bind("school", schoolId)
                .bind("by", createdBy)
                .bind("now", Timestamps.of(now))
                .bind("expires", Timestamps.of(expiresAt))
                .execute() == 1;
    }

    /** Locks the code, so two tablets racing with one code cannot both enrol. */
    Optional<Code> findForUpdate(byte[] codeHash) {
        return handle.createQuery("""
                        select school_id, created_by, expires_at, used_at from enrolment_code
                        where code_hash = :hash for update""")
                .bind("hash", codeHash)
                .map((rs, ctx) -> new Code(
                        rs.getObject("school_id", UUID.class),
                        rs.getObject("created_by", UUID.class),
                        Timestamps.instant(rs, "expires_at"),
                        Timestamps.instant(rs, "used_at")))
                .findOne();
    }

    void markUsed(byte[] codeHash, UUID deviceId, Instant now) {
        handle.createUpdate("update enrolment_code set used_at = :now, device_id = :device where code_hash = :hash")
                .bind("now", Timestamps.of(now))
                .bind("device", deviceId)
                .bind("hash", codeHash)
                .execute();
    }
}
