package uk.graduated.app.sync.engine;

import uk.graduated.model.sync.PullResponse;

/** Writes what the server sends into the local store. */
public interface LocalApplier {
    /**
     * Works out from the page alone, touching nothing local, what applying it needs (the Room
     * applier decodes each record with its codec). The engine calls this on the thread that pulls
     * the page, so it overlaps the apply of the page before; it must be safe to run there, and
     * leaves every refusal of a record to {@link #apply}. By default there is nothing to work out.
     */
    default PreparedPage prepare(PullResponse page) {
        return () -> page;
    }

    /**
     * Applies one page in one local transaction: each change replaces its record (a tombstone
     * deletes it) unless the record has an outbox row still waiting; then the removals; then stores
     * {@code page.nextCursor()} for the scope. If anything fails, nothing of the page is kept and
     * the stored cursor is the one the page was pulled with.
     *
     * @param prepared the page as {@link #prepare} of this applier returned it
     */
    PageResult apply(SyncScope scope, PreparedPage prepared);

    /** Prepares and applies one page on this thread. */
    default PageResult apply(SyncScope scope, PullResponse page) {
        return apply(scope, prepare(page));
    }

    /**
     * After must-resync, in one transaction: drops every record this scope delivered that no
     * waiting outbox row protects and no other scope holds, and forgets the scope's cursor. The
     * outbox is kept.
     */
    void restart(SyncScope scope);
}
