package uk.graduated.app.sync.android;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import uk.graduated.app.core.Clock;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.device.StaffSignOut;
import uk.graduated.app.data.remote.SessionEndClient;
import uk.graduated.app.sync.engine.Backoff;
import uk.graduated.app.sync.engine.LocalStores;
import uk.graduated.app.sync.engine.SyncEngine;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.app.sync.engine.SyncTransport;

/**
 * Everything one background sync does: each signed-in person's round (their changes, their scope,
 * photos), the device scope's round (the sign-in list) when no person's round brought it, then the
 * end of the sessions of people who signed out with changes waiting. Wires the engine to Room; no
 * scheduling here.
 */
public final class SyncRunner {
    /** Failures about the device, the network or the server: every other round would meet them too. */
    private static final Set<SyncError.Kind> END_THE_RUN = EnumSet.of(SyncError.Kind.NETWORK,
            SyncError.Kind.SERVER_BUSY, SyncError.Kind.SERVER_OUTDATED, SyncError.Kind.STOPPED,
            SyncError.Kind.NEEDS_ENROLMENT, SyncError.Kind.DEVICE_SUSPENDED, SyncError.Kind.DEVICE_REVOKED,
            SyncError.Kind.UPGRADE_REQUIRED, SyncError.Kind.LOCAL_STORE);

    private static final Object RUN_LOCK = new Object();

    private final AppDatabase db;
    private final DeviceCredentials credentials;
    private final SyncTransport transport;
    private final Clock clock;
    private final Backoff backoff;
    private final StaffSignOut signOuts;

    public SyncRunner(AppDatabase db, DeviceCredentials credentials, SyncTransport transport, Clock clock,
                      Backoff backoff) {
        this.db = db;
        this.credentials = credentials;
        this.transport = transport;
        this.clock = clock;
        this.backoff = backoff;
        this.signOuts = new StaffSignOut(credentials, db.outbox(), new SessionEndClient(credentials::serverUrl));
    }

    /**
     * Runs the rounds in order; an empty list when the tablet is not enrolled. One run at a time in
     * the process: the background job and the sync screen's "Sync now" never interleave their
     * pushes and pull pages.
     */
    public List<SyncResult> runAll(BooleanSupplier stopRequested) {
        synchronized (RUN_LOCK) {
            return runRounds(stopRequested);
        }
    }

    private List<SyncResult> runRounds(BooleanSupplier stopRequested) {
        List<SyncResult> results = new ArrayList<>();
        UUID deviceId = credentials.deviceId();
        if (deviceId == null || !credentials.isEnrolled()) {
            return results;
        }
        SyncedTables tables = new SyncedTables(db);
        LocalStores stores = new LocalStores(new RoomOutboxStore(db, tables), new RoomLocalApplier(db, tables),
                new RoomCursorStore(db), new RoomPhotoQueue(db));
        SyncEngine engine = new SyncEngine(deviceId, stores, transport, clock, backoff);
        // Every person's scope includes the school and its staff, which is all the device scope
        // brings (the sign-in list); so the device round runs only when no person's round brought them.
        boolean signInListPulled = false;
        boolean ended = false;
        for (UUID staffId : credentials.signedIn(clock.now())) {
            SyncResult round = engine.sync(SyncScope.staff(staffId), stopRequested);
            results.add(round);
            signInListPulled |= round.succeeded();
            if (!round.succeeded() && round.error().kind() == SyncError.Kind.NEEDS_SIGN_IN) {
                // Their session is over; their changes wait in the outbox until they sign in again.
                credentials.endSession(staffId);
            }
            if (endsTheRun(round)) {
                ended = true;
                break;
            }
        }
        if (!signInListPulled && !ended) {
            SyncResult device = engine.sync(SyncScope.device(), stopRequested);
            results.add(device);
            if (endsTheRun(device)) {
                return results;
            }
        }
        // People who signed out with changes waiting: once those are sent, their sessions end.
        signOuts.finishWaiting();
        return results;
    }

    /** Whether a round's failure stops the run: the other rounds would meet it too. */
    public static boolean endsTheRun(SyncResult result) {
        return !result.succeeded() && END_THE_RUN.contains(result.error().kind());
    }
}
