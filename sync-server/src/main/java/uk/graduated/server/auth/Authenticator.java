package uk.graduated.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sync.DeviceState;
import uk.graduated.model.sync.DeviceStatus;

/**
 * Turns an {@code Authorization: Bearer} header into an {@link Authentication}, or refuses it:
 * 401 {@code unauthenticated} (no token, unknown token, deactivated person), 401
 * {@code session_expired} (past expiry or signed out), 403 {@code device_revoked} (any token of a
 * revoked device). Roles are read from the staff row on every request, so a change of role or a
 * deactivation applies at once, not at the next sign-in.
 */
public final class Authenticator {
    /** last_seen_at is written at most this often per token, so reads do not become writes. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([\\x21-\\x7E]{32,512})");

    private final Jdbi jdbi;
    private final Clock clock;

    public Authenticator(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Authentication authenticate(String authorizationHeader) {
        String token = bearerToken(authorizationHeader);
        if (token.startsWith(Tokens.SESSION_PREFIX)) {
            return session(Tokens.sha256(token));
        }
        if (token.startsWith(Tokens.DEVICE_PREFIX)) {
            return device(Tokens.sha256(token));
        }
        throw ApiException.unauthenticated();
    }

    private static String bearerToken(String header) {
        if (header == null) {
            throw ApiException.unauthenticated();
        }
        var matcher = BEARER.matcher(header.strip());
        if (!matcher.matches()) {
            throw ApiException.unauthenticated();
        }
        return matcher.group(1);
    }

    private Authentication session(byte[] hash) {
        CredentialDao.SessionRow row = jdbi.withHandle(h -> new CredentialDao(h).session(hash))
                .orElseThrow(ApiException::unauthenticated);
        Instant now = clock.instant();
        if (row.deviceId() != null && row.deviceRevokedAt() != null) {
            throw ApiException.deviceBarred(DeviceStatus.of(row.deviceId(), DeviceState.REVOKED, row.deviceRevokedAt()));
        }
        if (row.endedAt() != null || !now.isBefore(row.expiresAt())) {
            throw ApiException.sessionExpired();
        }
        if (!row.staffActive()) {
            throw ApiException.unauthenticated();
        }
        touch(row, hash, now);
        Principal principal = new Principal(row.schoolId(), row.staffId(), row.deviceId(), row.roles());
        return Authentication.ofSession(principal, hash);
    }

    private Authentication device(byte[] hash) {
        CredentialDao.DeviceRow row = jdbi.withHandle(h -> new CredentialDao(h).device(hash))
                .orElseThrow(ApiException::unauthenticated);
        if (row.revokedAt() != null) {
            throw ApiException.deviceBarred(DeviceStatus.of(row.id(), DeviceState.REVOKED, row.revokedAt()));
        }
        Instant now = clock.instant();
        if (isStale(row.lastSeenAt(), now)) {
            jdbi.useHandle(h -> new CredentialDao(h).touchDevice(row.id(), now));
        }
        return Authentication.ofDevice(new Principal(row.schoolId(), null, row.id(), java.util.Set.of()));
    }

    private void touch(CredentialDao.SessionRow row, byte[] hash, Instant now) {
        boolean session = isStale(row.lastSeenAt(), now);
        boolean device = row.deviceId() != null && isStale(row.deviceLastSeenAt(), now);
        if (session || device) {
            jdbi.useHandle(h -> {
                CredentialDao dao = new CredentialDao(h);
                if (session) {
                    dao.touchSession(hash, now);
                }
                if (device) {
                    dao.touchDevice(row.deviceId(), now);
                }
            });
        }
    }

    private static boolean isStale(Instant lastSeen, Instant now) {
        return lastSeen == null || !lastSeen.plus(TOUCH_INTERVAL).isAfter(now);
    }
}
