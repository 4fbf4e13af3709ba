package uk.graduated.app.sync.engine;

import java.util.function.BooleanSupplier;

/** Thrown between two requests when the caller asked the round to stop. */
final class SyncStopped extends Exception {
    private static final long serialVersionUID = 1L;

    private SyncStopped() {
        super("sync stopped on request", null, false, false);
    }

    static void check(BooleanSupplier stopRequested) throws SyncStopped {
        if (stopRequested.getAsBoolean()) {
            throw new SyncStopped();
        }
    }
}
