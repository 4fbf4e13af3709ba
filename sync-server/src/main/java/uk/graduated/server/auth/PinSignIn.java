package uk.graduated.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.PinSignInRequest;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.model.sync.StaffSummary;

/**
 * A person picks their name on an enrolled tablet and types their PIN: with the device token, this
 * opens a 12-hour session bound to that tablet. A wrong PIN, an unknown person, a person of another
 * school, a deactivated person and a person with no PIN all get the same 401 {@code pin_invalid}.
 *
 * <p>5 wrong PINs in a row lock that person's PIN for 15 minutes on every tablet (kept on the staff
 * row; stricter than the protocol's per-device rule). A tablet may try 30 PINs, then one more every
 * 10 seconds, whoever it tries them for.
 */
public final class PinSignIn {
    private static final Logger log = LoggerFactory.getLogger(PinSignIn.class);

    private final Jdbi jdbi;
    private final SecretHasher hasher;
    private final Clock clock;
    private final RateLimiter byDevice;

    public PinSignIn(Jdbi jdbi, SecretHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.byDevice = new RateLimiter(30, Duration.ofSeconds(10), 100_000, clock);
    }

    /** {@code device} is the caller of a bare device token. */
    public SessionResponse signIn(Principal device, PinSignInRequest request) {
        byDevice.take(device.deviceId().toString());
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> attempt(h, device, request, now)).sessionOrThrow();
    }

    private SignInOutcome attempt(Handle handle, Principal device, PinSignInRequest request, Instant now) {
        StaffCredentialDao dao = new StaffCredentialDao(handle);
        Optional<StaffCredentialDao.Account> found = dao.forPin(device.schoolId(), request.staffId())
                .filter(StaffCredentialDao.Account::active);
        if (found.isEmpty()) {
            hasher.matches(request.pin(), null);
            return SignInOutcome.refused(pinInvalid());
        }
        StaffCredentialDao.Account account = found.get();
        if (account.lockout().isLocked(now)) {
            return SignInOutcome.refused(ApiException.rateLimited(account.lockout().remaining(now)));
        }
        if (!hasher.matches(request.pin(), account.secretHash())) {
            dao.savePinLockout(account.id(), account.lockout().afterFailure(now));
            log.info("PIN sign-in refused for staff {} on device {}", account.id(), device.deviceId());
            return SignInOutcome.refused(pinInvalid());
        }
        if (account.lockout().failures() > 0) {
            dao.savePinLockout(account.id(), Lockout.CLEAR);
        }
        SessionStore.Opened session = SessionStore.open(handle, account.schoolId(), account.id(), device.deviceId(),
                SessionKind.DEVICE, now);
        log.info("Tablet session opened for staff {} on device {}", account.id(), device.deviceId());
        return SignInOutcome.signedIn(new SessionResponse(session.token(), session.expiresAt(),
                new StaffSummary(account.id(), account.displayName(), account.roles())));
    }

    private static ApiException pinInvalid() {
        return ApiException.ofField(ErrorCode.PIN_INVALID, "pin", "The PIN is not correct for this person.");
    }
}
