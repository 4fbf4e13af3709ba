package uk.graduated.server.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.RateLimiter;
import uk.graduated.server.auth.SecretHasher;

/**
 * Setting a PIN or a password, for oneself or (SENCO, admin) for someone else, as
 * {@link StaffPolicy} allows. Setting either clears that secret's lockout. Changing one's own
 * password needs the current one, so a session left open cannot be turned into a stolen account; a
 * PIN does not, so a person who forgot theirs can set a new one from the console.
 */
public final class Credentials {
    private static final Logger log = LoggerFactory.getLogger(Credentials.class);

    private final Jdbi jdbi;
    private final SecretHasher hasher;
    private final Clock clock;
    private final RateLimiter currentPasswordTries;

    public Credentials(Jdbi jdbi, SecretHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.currentPasswordTries = new RateLimiter(5, Duration.ofMinutes(3), 100_000, clock);
    }

    public void setPin(Principal caller, UUID staffId, String pin) {
        SecretRules.checkPin("pin", pin);
        String hash = hasher.hash(pin);
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            StaffAccount target = StaffAdmin.find(h, caller, staffId);
            StaffPolicy.checkMaySetCredentials(caller, target);
            new StaffDao(h).setPinHash(caller.schoolId(), staffId, hash, now);
            new StaffChanges(h).secretSet(caller.schoolId(), staffId, caller.staffId(), "pin_set", now);
        });
        log.info("PIN of staff {} set by staff {}", staffId, caller.staffId());
    }

    public void setPassword(Principal caller, UUID staffId, String password, String currentPassword) {
        SecretRules.checkPassword("password", password);
        boolean own = staffId.equals(caller.staffId());
        if (own) {
            checkCurrentPassword(caller, currentPassword);
        }
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            StaffAccount target = StaffAdmin.find(h, caller, staffId);
            StaffPolicy.checkMaySetCredentials(caller, target);
            new StaffDao(h).setPasswordHash(caller.schoolId(), staffId, hash, now);
            new StaffChanges(h).secretSet(caller.schoolId(), staffId, caller.staffId(), "password_set", now);
        });
        log.info("Password of staff {} set by staff {}", staffId, caller.staffId());
    }

    private void checkCurrentPassword(Principal caller, String currentPassword) {
        currentPasswordTries.take(caller.staffId().toString());
        String stored = jdbi.withHandle(h -> new StaffDao(h).passwordHash(caller.schoolId(), caller.staffId()))
                .orElse(null);
        if (stored == null) {
            return; // no password yet: this sets the first one
        }
        if (currentPassword == null || !hasher.matches(currentPassword, stored)) {
            throw ValidationException.of("currentPassword", "incorrect", "currentPassword is not your current password");
        }
    }
}
