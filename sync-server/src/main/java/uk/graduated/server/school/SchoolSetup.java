package uk.graduated.server.school;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.school.Role;
import uk.graduated.model.school.SchoolPhase;
import uk.graduated.model.school.StaffMember;
import uk.graduated.model.validation.TextLimits;
import uk.graduated.model.validation.FieldError;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.model.validation.Violations;
import uk.graduated.server.auth.SecretHasher;
import uk.graduated.server.auth.Timestamps;
import uk.graduated.server.staff.StaffAccount;
import uk.graduated.server.staff.SecretRules;
import uk.graduated.server.staff.StaffDao;

/**
 * A new school on this server: the school, its version clock, and its SENCO's account with a console
 * password, in one transaction. The SENCO then signs in and adds everyone else.
 */
public final class SchoolSetup {
    private static final Logger log = LoggerFactory.getLogger(SchoolSetup.class);

    /** What was created; the password is not part of it, the caller already has it. */
    public record Created(UUID schoolId, String schoolName, UUID sencoId, String sencoName, String sencoEmail) {
    }

    private final Jdbi jdbi;
    private final SecretHasher hasher;
    private final Clock clock;

    public SchoolSetup(Jdbi jdbi, SecretHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * @param phase null when not known yet: the school's record then waits to sync until it is set
     * @throws ValidationException naming each of {@code name}, {@code displayName}, {@code email} and
     *                             {@code password} that is at fault
     */
    public Created create(String schoolName, SchoolPhase phase, String sencoName, String sencoEmail, String sencoPassword) {
        UUID schoolId = UUID.randomUUID();
        List<FieldError> errors = new ArrayList<>();
        Violations v = new Violations();
        FieldChecks.requiredText(v, "name", schoolName, TextLimits.NAME);
        errors.addAll(v.list());
        StaffMember senco = collect(errors, () -> new StaffMember(UUID.randomUUID(), schoolId, strip(sencoName),
                strip(sencoEmail), Set.of(Role.SENCO)));
        collect(errors, () -> {
            SecretRules.checkPassword("password", sencoPassword);
            return null;
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String passwordHash = hasher.hash(sencoPassword);
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into school (id, name, phase, created_at) values (:id, :name, :phase, :now)")
                    .bind("id", schoolId)
                    .bind("name", schoolName.strip())
                    .bind("phase", phase == null ? null : phase.code())
                    .bind("now", Timestamps.of(now))
                    .execute();
            h.createUpdate("insert into school_clock (school_id, version) values (:id, 0)")
                    .bind("id", schoolId)
                    .execute();
            StaffDao staff = new StaffDao(h);
            staff.save(new StaffAccount(senco.id(), schoolId, senco.displayName(), senco.email(), senco.roles(),
                    List.of(), true, false, false), true, now);
            staff.setPasswordHash(schoolId, senco.id(), passwordHash, now);
        });
        log.info("School {} created with SENCO {}", schoolId, senco.id());
        return new Created(schoolId, schoolName.strip(), senco.id(), senco.displayName(), senco.email());
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
