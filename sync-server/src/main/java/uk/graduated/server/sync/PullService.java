package uk.graduated.server.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.ResyncReason;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Scope;
import uk.graduated.server.auth.Visibility;

/**
 * Answers a pull from the caller's scope. The page is read in one repeatable-read snapshot, and
 * its cursor never passes the school clock's committed version in that snapshot, so a change whose
 * transaction has not committed yet is never skipped (docs/architecture.md).
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
            Read read = handle.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
                h.execute("set transaction read only");
                return read(new Reader(h, principal, today), from, request.limit());
            });
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

    private static Read read(Reader reader, Cursor cursor, int limit) {
        long after = cursor == null ? 0 : cursor.version();
        if (cursor != null && after < reader.tombstonesPurgedThrough()) {
            return new Read(PullPage.Result.resync(ResyncReason.CURSOR_EXPIRED), false, false);
        }
        long committed = SchoolClock.committed(reader.handle(), reader.schoolId());
        Visibility visibility = Scope.of(reader.principal()).visibility(reader.handle(), reader.today());
        // A person's scope changes as pupils join and leave groups; the device scope (school and staff) does not.
        boolean tracksHeld = reader.principal().isPerson();
        DeviceScopes.Held held = null;
        if (tracksHeld && cursor != null) {
            held = reader.deviceScopes().find(reader.principal().deviceId(), reader.principal().staffId(),
                    cursor.generation()).orElse(null);
            if (held == null) {
                return new Read(PullPage.Result.resync(ResyncReason.CURSOR_INVALID), false, false);
            }
        }
        PullPage.Result page = new PullPage(reader, visibility, limit).build(after, committed, held);
        boolean changed = held == null || !held.pupils().equals(page.heldPupils())
                || !held.interventions().equals(page.heldInterventions());
        return new Read(page, tracksHeld, changed);
    }

    private record Read(PullPage.Result page, boolean tracksHeld, boolean heldChanged) {
    }
}
