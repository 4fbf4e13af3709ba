package uk.graduated.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Opens and ends staff sessions inside the caller's transaction. */
public final class SessionStore {
    /** A school day with room to spare; after it the person signs in again. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    /** A new session's token, returned once and stored only as its hash. */
    public record Opened(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Opened[expiresAt=" + expiresAt + "]";
        }
    }

    private SessionStore() {
    }

    public static Opened open(Handle handle, UUID schoolId, UUID staffId, UUID deviceId, SessionKind kind, Instant now) {
        String token = Tokens.newSessionToken();
        Instant expiresAt = now.plus(LIFETIME);
        handle.createUpdate("""
                        insert into staff_session (token_hash, school_id, staff_id, device_id, kind, created_at,
                                                   expires_at, last_seen_at)
                        values (:hash, :school, :staff, :device, :kind, :now, :expires, :now)""")
                .bind("hash", Tokens.sha256(token))
                .bind("school", schoolId)
                .bind("staff", staffId)
                .bind("device", deviceId)
                .bind("kind", kind.column())
                .bind("now", Timestamps.of(now))
                .bind("expires", Timestamps.of(expiresAt))
                .execute();
        return new Opened(token, expiresAt);
    }

    /** Sign-out: ends one session; ending an ended session changes nothing. */
    static void end(Handle handle, byte[] tokenHash, Instant now) {
        handle.createUpdate("update staff_session set ended_at = :now where token_hash = :hash and ended_at is null")
                .bind("now", Timestamps.of(now))
                .bind("hash", tokenHash)
                .execute();
    }

    /** Every open session on a device: revocation. */
    public static int endAllOnDevice(Handle handle, UUID schoolId, UUID deviceId, Instant now) {
        return handle.createUpdate("""
                        update staff_session set ended_at = :now
                        where school_id = :school and device_id = :device and ended_at is null""")
                .bind("now", Timestamps.of(now))
                .bind("school", schoolId)
                .bind("device", deviceId)
                .execute();
    }

    /** Every open session of a person: deactivation, or a new password or PIN set for them. */
    public static int endAllOfStaff(Handle handle, UUID schoolId, UUID staffId, Instant now) {
        return handle.createUpdate("""
                        update staff_session set ended_at = :now
                        where school_id = :school and staff_id = :staff and ended_at is null""")
                .bind("now", Timestamps.of(now))
                .bind("school", schoolId)
                .bind("staff", staffId)
                .execute();
    }
}
