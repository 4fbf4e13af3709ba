package uk.graduated.app.sync.engine;

import java.util.function.BooleanSupplier;

/** Thrown when the caller asked the round to stop: between two requests, or while the next pull page is on its way. */
final class SyncStopped extends Exception {
    private static final long serialVersionUID = 1L;

    SyncStopped() {
        super("sync stopped on request", null, false, false);
    }

    static void check(BooleanSupplier stopRequested) throws SyncStopped {
        if (stopRequested.getAsBoolean()) {
            throw new SyncStopped();
        }
    }
}
