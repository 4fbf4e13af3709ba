package uk.graduated.server.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.auth.ApiException;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.SessionStore;

/**
 * Listing, adding and changing the staff of the caller's school (the caller being a SENCO or an
 * admin, checked by the routes); each change is recorded in {@link StaffChanges}. Each change locks the school's staff rows first, so the checks of
 * {@link StaffPolicy} and the unique e-mail see the same set the write changes.
 */
public final class StaffAdmin {
    private static final Logger log = LoggerFactory.getLogger(StaffAdmin.class);

    private final Jdbi jdbi;
    private final Clock clock;

    public StaffAdmin(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<StaffAccount> list(Principal caller) {
        return jdbi.withHandle(h -> new StaffDao(h).list(caller.schoolId()));
    }

    public StaffAccount create(Principal caller, NewStaff body) {
        StaffAccount account = body.toAccount();
        StaffPolicy.checkMayChange(caller, null, account);
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            StaffDao staff = new StaffDao(h);
            staff.lockAll(caller.schoolId());
            if (staff.idTaken(account.id())) {
                throw ValidationException.of("id", "duplicate", "id is already used by another record");
            }
            checkEmailFree(staff, account);
            staff.save(account, true, now);
            new StaffChanges(h).added(caller.staffId(), account, now);
            log.info("Staff {} added by staff {}", account.id(), caller.staffId());
            return staff.find(caller.schoolId(), account.id()).orElseThrow();
        });
    }

    /** Deactivating a person ends their sessions in the same transaction; a role change applies at their next request. */
    public StaffAccount update(Principal caller, UUID staffId, StaffEdit edit) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            StaffDao staff = new StaffDao(h);
            List<StaffAccount> all = staff.lockAll(caller.schoolId());
            StaffAccount before = all.stream().filter(s -> s.id().equals(staffId)).findFirst()
                    .orElseThrow(ApiException::notFound);
            StaffAccount after = edit.applyTo(before);
            StaffPolicy.checkMayChange(caller, before, after);
            StaffPolicy.checkActiveSencoRemains(all, after);
            checkEmailFree(staff, after);
            staff.save(after, false, now);
            new StaffChanges(h).changed(caller.staffId(), before, after, now);
            if (before.active() && !after.active()) {
                int ended = SessionStore.endAllOfStaff(h, caller.schoolId(), staffId, now);
                log.info("Staff {} deactivated by staff {}; {} sessions ended", staffId, caller.staffId(), ended);
            } else {
                log.info("Staff {} changed by staff {}", staffId, caller.staffId());
            }
            return staff.find(caller.schoolId(), staffId).orElseThrow();
        });
    }

    /** One account of the caller's school. */
    public StaffAccount find(Principal caller, UUID staffId) {
        return jdbi.withHandle(h -> find(h, caller, staffId));
    }

    /** The latest {@code limit} recorded changes of one account of the caller's school, newest first. */
    public List<StaffChanges.Entry> history(Principal caller, UUID staffId, int limit) {
        return jdbi.withHandle(h -> new StaffChanges(h).latest(caller.schoolId(), staffId, limit));
    }

    private static void checkEmailFree(StaffDao staff, StaffAccount account) {
        if (staff.emailTaken(account.schoolId(), account.email(), account.id())) {
            throw ValidationException.of("email", "duplicate", "email is already used by another member of staff");
        }
    }

    /** For the services beside this one that act on one account. */
    static StaffAccount find(Handle handle, Principal caller, UUID staffId) {
        return new StaffDao(handle).find(caller.schoolId(), staffId).orElseThrow(ApiException::notFound);
    }
}
