package uk.graduated.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.model.sync.SessionResponse;
import uk.graduated.model.sync.StaffSummary;
import uk.graduated.model.validation.ValidationException;

/**
 * Email and password to a console session (12 hours, bound to no device). Refusals never say whether
 * the address exists: an unknown address costs the same hashing, counts towards the same lockout
 * and gets the same reply as a wrong password.
 *
 * <p>Limits, in the order they are checked: 20 attempts per client address then one more every
 * 15 s; 10 attempts per address typed then one more a minute; 5 wrong passwords in a row lock the
 * account for 15 minutes (kept on the staff row).
 */
public final class PasswordSignIn {
    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);
    private static final int MAX_KEYS = 100_000;
    static final String WRONG = "The email address or password is not correct.";

    private final Jdbi jdbi;
    private final SecretHasher hasher;
    private final Clock clock;
    private final RateLimiter byClientAddress;
    private final RateLimiter byAccount;
    private final UnknownAccountLockouts unknownAccounts = new UnknownAccountLockouts(MAX_KEYS);

    public PasswordSignIn(Jdbi jdbi, SecretHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.byClientAddress = new RateLimiter(20, Duration.ofSeconds(15), MAX_KEYS, clock);
        this.byAccount = new RateLimiter(10, Duration.ofMinutes(1), MAX_KEYS, clock);
    }

    public SessionResponse signIn(PasswordSignInRequest request, String clientAddress) {
        byClientAddress.take(clientAddress);
        byAccount.take(request.email().toLowerCase(Locale.ROOT));
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> attempt(h, request, now)).sessionOrThrow();
    }

    private SignInOutcome attempt(Handle handle, PasswordSignInRequest request, Instant now) {
        StaffCredentialDao dao = new StaffCredentialDao(handle);
        List<StaffCredentialDao.Account> accounts = dao.forPasswordByEmail(request.email(), request.schoolId());
        if (accounts.isEmpty()) {
            return unknownAccount(request, now);
        }
        List<StaffCredentialDao.Account> open = accounts.stream()
                .filter(a -> !a.lockout().isLocked(now)).collect(Collectors.toList());
        if (open.isEmpty()) {
            Duration wait = accounts.stream().map(a -> a.lockout().remaining(now))
                    .min(Comparator.naturalOrder()).orElseThrow();
            return SignInOutcome.refused(ApiException.rateLimited(wait));
        }
        List<StaffCredentialDao.Account> matched = open.stream()
                .filter(a -> hasher.matches(request.password(), a.secretHash())).collect(Collectors.toList());
        if (matched.size() > 1) {
            return SignInOutcome.refused(ValidationException.of("schoolId", "required",
                    "This address signs in at more than one school: choose the school."));
        }
        if (matched.isEmpty()) {
            for (StaffCredentialDao.Account account : open) {
                dao.savePasswordLockout(account.id(), account.lockout().afterFailure(now));
                log.info("Password sign-in refused for staff {}", account.id());
            }
            return SignInOutcome.refused(ApiException.of(ErrorCode.UNAUTHENTICATED, WRONG));
        }
        StaffCredentialDao.Account account = matched.get(0);
        if (account.lockout().failures() > 0) {
            dao.savePasswordLockout(account.id(), Lockout.CLEAR);
        }
        SessionStore.Opened session = SessionStore.open(handle, account.schoolId(), account.id(), null,
                SessionKind.CONSOLE, now);
        log.info("Console session opened for staff {} of school {}", account.id(), account.schoolId());
        return SignInOutcome.signedIn(new SessionResponse(session.token(), session.expiresAt(),
                new StaffSummary(account.id(), account.displayName(), account.roles())));
    }

    private SignInOutcome unknownAccount(PasswordSignInRequest request, Instant now) {
        Lockout lockout = unknownAccounts.get(request.email());
        if (lockout.isLocked(now)) {
            return SignInOutcome.refused(ApiException.rateLimited(lockout.remaining(now)));
        }
        hasher.matches(request.password(), null);
        unknownAccounts.recordFailure(request.email(), now);
        log.info("Password sign-in refused for an address with no account");
        return SignInOutcome.refused(ApiException.of(ErrorCode.UNAUTHENTICATED, WRONG));
    }
}
