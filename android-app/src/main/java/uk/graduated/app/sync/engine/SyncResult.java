package uk.graduated.app.sync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one sync round did, for the screen that shows sync status.
 *
 * @param scope          whose round it was
 * @param pushed         local changes the server accepted (applied or merged)
 * @param merged         the accepted changes that met another device's edit
 * @param rejected       local changes the server refused; they stay in the outbox, shown to the person
 * @param pulled         records written from the server
 * @param removed        local records deleted (tombstones, and records that left every scope)
 * @param photosUploaded photos whose upload completed
 * @param resynced       whether the server asked to start this scope again from scratch
 * @param error          why the round stopped early, or null when it finished
 * @param retryIn        when to try again by itself, for a retryable error; otherwise null
 * @param finishedAt     when the round ended
 */
public record SyncResult(
        SyncScope scope,
        int pushed,
        List<MergedChange> merged,
        int rejected,
        int pulled,
        int removed,
        int photosUploaded,
        boolean resynced,
        SyncError error,
        Duration retryIn,
        Instant finishedAt) {

    public SyncResult {
        merged = List.copyOf(merged);
    }

    public boolean succeeded() {
        return error == null;
    }
}
