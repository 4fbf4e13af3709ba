package uk.graduated.app.sync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Counts what a round does as it goes, so a round that stops early still reports its progress. */
final class SyncTally {
    private final SyncScope scope;
    private final List<MergedChange> merged = new ArrayList<>();
    private int pushed;
    private int rejected;
    private int pulled;
    private int removed;
    private int photosUploaded;
    private boolean resynced;

    SyncTally(SyncScope scope) {
        this.scope = scope;
    }

    void pushed() {
        pushed++;
    }

    void merged(MergedChange change) {
        pushed++;
        merged.add(change);
    }

    void rejected() {
        rejected++;
    }

    void page(PageResult page) {
        pulled += page.applied();
        removed += page.removed();
    }

    void photoUploaded() {
        photosUploaded++;
    }

    void resynced() {
        resynced = true;
    }

    SyncResult result(SyncError error, Duration retryIn, Instant finishedAt) {
        return new SyncResult(scope, pushed, merged, rejected, pulled, removed, photosUploaded, resynced, error,
                retryIn, finishedAt);
    }
}
