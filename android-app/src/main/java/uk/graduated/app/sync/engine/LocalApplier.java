package uk.graduated.app.sync.engine;

import uk.graduated.model.sync.PullResponse;

/** Writes what the server sends into the local store. */
public interface LocalApplier {
    /**
     * Applies one page in one local transaction: each change replaces its record (a tombstone
     * deletes it) unless the record has an outbox row still waiting; then the removals; then stores
     * {@code page.nextCursor()} for the scope. If anything fails, nothing of the page is kept and
     * the stored cursor is the one the page was pulled with.
     */
    PageResult apply(SyncScope scope, PullResponse page);

    /**
     * After must-resync, in one transaction: drops every record this scope delivered that no
     * waiting outbox row protects and no other scope holds, and forgets the scope's cursor. The
     * outbox is kept.
     */
    void restart(SyncScope scope);
}
