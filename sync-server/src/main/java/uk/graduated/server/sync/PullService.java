package uk.graduated.server.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.ResyncReason;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;
import uk.graduated.server.auth.Visibility;

/**
 * Answers a pull from the caller's scope. The page is read in one snapshot (one statement when
 * nothing changed, else one repeatable-read transaction), and its cursor never passes the school
 * clock's committed version in that snapshot, so a change whose transaction has not committed yet
 * is never skipped (docs/architecture.md).
 */
public final class PullService {
    private final Jdbi jdbi;
    private final Clock clock;

    /** @param clock the school's clock and zone: "on roll" and "in the group" are judged on its date */
    public PullService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @param principal a device token (device scope) or a person signed in on a device */
    public PullResponse pull(Principal principal, PullRequest request) {
        String scopeId = Cursor.scopeOf(principal);
        Cursor cursor = null;
        if (request.cursor() != null) {
            Optional<Cursor> parsed = Cursor.parse(request.cursor());
            if (parsed.isEmpty()) {
                return PullResponse.resync(ResyncReason.CURSOR_INVALID);
            }
            if (!parsed.get().scope().equals(scopeId)) {
                return PullResponse.resync(ResyncReason.SCOPE_CHANGED);
            }
            cursor = parsed.get();
        }
        Cursor from = cursor;
        LocalDate today = LocalDate.now(clock);
        // One pooled connection for the page and, when it changed, the tablet's held set.
        return jdbi.withHandle(handle -> {
            Read read = read(handle, principal, from, request.limit(), today);
            if (read.page().resync() != null) {
                return PullResponse.resync(read.page().resync());
            }
            long generation = from == null ? 0 : from.generation();
            if (read.tracksHeld() && read.heldChanged()) {
                generation = handle.inTransaction(h -> new DeviceScopes(h, principal.schoolId()).save(
                        principal.deviceId(), principal.staffId(), read.page().heldPupils(),
                        read.page().heldInterventions(), from == null ? 0 : from.generation()));
            }
            PullPage.Result page = read.page();
            return new PullResponse(page.changes(), page.removals(),
                    new Cursor(page.nextVersion(), generation, scopeId).encode(), page.hasMore(), false, null);
        });
    }

    /**
     * Most pulls find nothing new: then the snapshot's one statement answers, outside a
     * transaction. Anything more is read again, whole, in one repeatable-read snapshot.
     */
    private static Read read(Handle handle, Principal principal, Cursor from, int limit, LocalDate today) {
        Read upToDate = from == null ? null : read(new Reader(handle, principal, today), from, limit, true);
        if (upToDate != null) {
            return upToDate;
        }
        return handle.inTransaction(h -> {
            // Before the first query, which takes the transaction's snapshot.
            h.execute("set transaction isolation level repeatable read, read only");
            return read(new Reader(h, principal, today), from, limit, false);
        });
    }

    /**
     * Reads the page, or with {@code onlyIfUpToDate} answers null when the page needs more than the
     * snapshot's statement (something changed, or the scope did): those reads need one snapshot.
     * The person's scope may be read just before that statement: a pupil or group it missed enters
     * whole at the next pull, which compares the scope with the held set again.
     */
    private static Read read(Reader reader, Cursor cursor, int limit, boolean onlyIfUpToDate) {
        long after = cursor == null ? 0 : cursor.version();
        Principal principal = reader.principal();
        Visibility visibility = Scope.of(principal).visibility(reader.handle(), reader.today());
        // A person's scope changes as pupils join and leave groups; the device scope (school and staff) does not.
        boolean tracksHeld = principal.isPerson();
        PullSnapshot.HeldKey heldKey = tracksHeld && cursor != null
                ? new PullSnapshot.HeldKey(principal.deviceId(), principal.staffId(), cursor.generation()) : null;
        // Whether anything is new is all an up-to-date answer needs to know of the change log.
        int scan = onlyIfUpToDate ? 1 : limit + 1;
        PullSnapshot snapshot = PullSnapshot.read(reader.handle(), reader.schoolId(), after, heldKey,
                visibility.changeLogCondition(), scan, after > 0);
        if (cursor != null && after < snapshot.purgedThrough()) {
            return new Read(PullPage.Result.resync(ResyncReason.CURSOR_EXPIRED), false, false);
        }
        if (heldKey != null && snapshot.held() == null) {
            return new Read(PullPage.Result.resync(ResyncReason.CURSOR_INVALID), false, false);
        }
        if (onlyIfUpToDate && !snapshot.upToDate(visibility.pupilIds(), visibility.interventionIds())) {
            return null;
        }
        DeviceScopes.Held held = snapshot.held();
        PullPage.Result page = new PullPage(reader, visibility, limit).build(after, snapshot);
        boolean changed = held == null || !held.pupils().equals(page.heldPupils())
                || !held.interventions().equals(page.heldInterventions());
        return new Read(page, tracksHeld, changed);
    }

    private record Read(PullPage.Result page, boolean tracksHeld, boolean heldChanged) {
    }
}
