package uk.graduated.server.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.sync.EnrolRequest;
import uk.graduated.model.sync.EnrolResponse;
import uk.graduated.model.sync.ErrorCode;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.RateLimiter;
import uk.graduated.server.auth.Tokens;

/**
 * A tablet joins a school: the SENCO or an admin issues a one-time code, the tablet exchanges it for
 * a device id and token. An unknown, used or expired code is one answer, 401
 * {@code enrolment_code_invalid}, as the protocol says; 10 wrong codes from one address then get 429
 * until a minute has passed per further try.
 */
public final class Enrolment {
    private static final Logger log = LoggerFactory.getLogger(Enrolment.class);
    private static final int MAX_DRAWS = 5;

    /** A code as the console shows it, once. */
    public record IssuedCode(String code, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedCode[expiresAt=" + expiresAt + "]";
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final RateLimiter wrongCodesByAddress;

    public Enrolment(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.wrongCodesByAddress = new RateLimiter(10, Duration.ofMinutes(1), 100_000, clock);
    }

    /** A new code of {@code issuer}'s school; the caller has checked the issuer's role. */
    public IssuedCode issue(Principal issuer) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(EnrolmentCodes.LIFETIME);
        return jdbi.inTransaction(h -> {
            EnrolmentCodeDao codes = new EnrolmentCodeDao(h);
            for (int draw = 0; draw < MAX_DRAWS; draw++) {
                String code = EnrolmentCodes.generate();
                if (codes.insert(Tokens.sha256(code), issuer.schoolId(), issuer.staffId(), now, expiresAt)) {
                    log.info("Enrolment code issued by staff {} of school {}", issuer.staffId(), issuer.schoolId());
                    return new IssuedCode(EnrolmentCodes.display(code), expiresAt);
                }
            }
            throw new IllegalStateException("no free enrolment code after " + MAX_DRAWS + " draws");
        });
    }

    public EnrolResponse enrol(EnrolRequest request, String clientAddress) {
        wrongCodesByAddress.check(clientAddress);
        Instant now = clock.instant();
        Optional<EnrolResponse> enrolled = jdbi.inTransaction(h -> enrol(h, request, now));
        if (enrolled.isEmpty()) {
            wrongCodesByAddress.spend(clientAddress);
            log.info("Enrolment refused: the code was unknown, used or expired");
            throw ApiException.ofField(ErrorCode.ENROLMENT_CODE_INVALID, "enrolmentCode",
                    "This enrolment code is not valid. Codes work once, for 15 minutes: ask for a new one.");
        }
        return enrolled.get();
    }

    private Optional<EnrolResponse> enrol(Handle handle, EnrolRequest request, Instant now) {
        byte[] codeHash = Tokens.sha256(EnrolmentCodes.normalise(request.enrolmentCode()));
        EnrolmentCodeDao codes = new EnrolmentCodeDao(handle);
        Optional<EnrolmentCodeDao.Code> found = codes.findForUpdate(codeHash)
                .filter(c -> c.usedAt() == null && now.isBefore(c.expiresAt()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EnrolmentCodeDao.Code code = found.get();
        String token = Tokens.newDeviceToken();
        Device device = new Device(UUID.randomUUID(), code.schoolId(), request.deviceName().strip(),
                request.platform().code(), request.appVersion(), now, code.createdBy(), null, null, null, null);
        new DeviceDao(handle).insert(device, Tokens.sha256(token));
        codes.markUsed(codeHash, device.id(), now);
        String schoolName = handle.createQuery("select name from school where id = :id")
                .bind("id", code.schoolId()).mapTo(String.class).one();
        log.info("Device {} enrolled at school {}", device.id(), code.schoolId());
        return Optional.of(new EnrolResponse(device.id(), token, code.schoolId(), schoolName));
    }
}
