package uk.graduated.app.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.robolectric.RuntimeEnvironment;
import uk.graduated.app.core.Clock;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.db.TestDatabase;
import uk.graduated.app.data.device.DeviceCredentials;
import uk.graduated.app.data.intervention.InterventionRepository;
import uk.graduated.app.data.membership.GroupMembershipRepository;
import uk.graduated.app.data.observation.ObservationRepository;
import uk.graduated.app.data.outbox.Author;
import uk.graduated.app.data.outbox.LocalWriter;
import uk.graduated.app.data.pupil.PupilRepository;
import uk.graduated.app.data.remote.HttpSyncTransport;
import uk.graduated.app.data.remote.TokenSource;
import uk.graduated.app.data.session.SessionRepository;
import uk.graduated.app.sync.android.DeviceWipe;
import uk.graduated.app.sync.android.RoomCursorStore;
import uk.graduated.app.sync.android.RoomLocalApplier;
import uk.graduated.app.sync.android.RoomOutboxStore;
import uk.graduated.app.sync.android.RoomPhotoQueue;
import uk.graduated.app.sync.android.SyncRunner;
import uk.graduated.app.sync.engine.Backoff;
import uk.graduated.app.sync.engine.LocalStores;
import uk.graduated.app.sync.engine.SyncEngine;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.testing.TestAccounts;

/**
 * One enrolled tablet with one person signed in, built from the app's own parts: its own Room
 * database, the repositories and {@link LocalWriter} the screens write through, the real
 * {@link SyncEngine} with the Room adapters, and the real HTTP transport behind {@link Faults}.
 * It also keeps what the checks need: every change saved and every answer that reached it.
 */
final class AppTablet implements FlakyTransport.Observer {
    /** Pull pages with more records than this come in several pages, as a big school's would. */
    private static final int PAGE = 25;

    /** The simulation's view of the pages this tablet pulls. */
    interface Hooks {
        void pageSent(AppTablet tablet, SyncScope scope, PullResponse page);

        void pageDelivered(AppTablet tablet, SyncScope scope, PullResponse page);
    }

    final String name;
    final TestAccounts.Person person;
    final TestAccounts.Device device;
    final Principal principal;
    final Principal devicePrincipal;
    /** How far this tablet's clock is off: it shifts clientTime, recordedAt and its "today". */
    final Duration clockSkew;
    final Clock clock;
    final AppDatabase db;
    final SyncedTables tables;
    final LocalWriter writer;
    final SessionRepository sessions;
    final ObservationRepository observations;
    final GroupMembershipRepository memberships;
    final PupilRepository pupils;
    final InterventionRepository interventions;

    final List<Mutation> saved = new ArrayList<>();
    final Map<UUID, MutationOutcome> acknowledged = new LinkedHashMap<>();
    final Map<UUID, MutationOutcome.Rejected> rejected = new LinkedHashMap<>();
    final List<Mutation> wipedByRevocation = new ArrayList<>();
    /** The highest version each record had in a page that reached the engine, applied or not. */
    final Map<UUID, Long> seenVersions = new HashMap<>();
    boolean revoked;
    int pushes;
    int pulls;

    private final Hooks hooks;
    private final Faults faults;
    private final OkHttpClient http;
    private final SyncEngine engine;

    AppTablet(String name, TestAccounts.Person person, TestAccounts.Device device, String sessionToken,
              Duration clockSkew, String serverUrl, Faults faults, Random random, Hooks hooks) {
        this.name = name;
        this.person = person;
        this.device = device;
        this.principal = TestAccounts.principal(person, device);
        this.devicePrincipal = TestAccounts.principal(device);
        this.clockSkew = clockSkew;
        this.clock = new SkewedClock(clockSkew);
        this.hooks = hooks;
        this.faults = faults;
        this.db = TestDatabase.inMemory();
        this.tables = new SyncedTables(db);
        this.writer = new LocalWriter(db, tables, new Author(device.id(), person.id()), clock);
        this.sessions = new SessionRepository(db, writer, clock);
        this.observations = new ObservationRepository(db, writer, clock);
        this.memberships = new GroupMembershipRepository(db, writer);
        this.pupils = new PupilRepository(db);
        this.interventions = new InterventionRepository(db);
        TokenSource tokens = scope -> scope.isDevice() ? device.token() : sessionToken;
        this.http = HttpSyncTransport.client(tokens, "1.0.0");
        FlakyTransport transport = new FlakyTransport(new HttpSyncTransport(serverUrl, http), faults, this);
        LocalStores stores = new LocalStores(new RoomOutboxStore(db, tables), new RoomLocalApplier(db, tables),
                new RoomCursorStore(db), new RoomPhotoQueue(db));
        // The next page's request runs at once, on this thread, before the page ahead of it is
        // applied: the seeded faults and the person's saves then happen in a fixed order, so a seed replays.
        this.engine = new SyncEngine(device.id(), stores, transport, clock, new Backoff(random), PAGE, Runnable::run);
    }

    /** Runs one piece of the person's work through the app's write path; returns the outbox rows it wrote. */
    List<Mutation> save(Runnable work) {
        long before = RoomContents.lastSequence(db);
        work.run();
        List<Mutation> added = RoomContents.savedAfter(db, before);
        saved.addAll(added);
        return added;
    }

    /**
     * What the app's background sync ({@code SyncRunner}) does for a tablet with one person signed
     * in: the person's round, which brings the sign-in list too, and the device scope's round only
     * when the person's failed without ending the run; a revoked tablet wipes itself.
     */
    List<SyncResult> sync() {
        List<SyncResult> results = new ArrayList<>();
        SyncResult round = engine.sync(SyncScope.staff(person.id()), faults::stopRequested);
        results.add(round);
        if (!round.succeeded() && !SyncRunner.endsTheRun(round)) {
            results.add(engine.sync(SyncScope.device(), faults::stopRequested));
        }
        for (SyncResult result : results) {
            if (!result.succeeded() && result.error().kind() == SyncError.Kind.DEVICE_REVOKED
                    && result.error().wipe()) {
                wipe();
                break;
            }
        }
        return results;
    }

    private void wipe() {
        wipedByRevocation.addAll(RoomContents.pending(db));
        DeviceWipe.wipe(RuntimeEnvironment.getApplication(), db,
                new DeviceCredentials(RuntimeEnvironment.getApplication()));
        revoked = true;
    }

    void close() {
        db.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public void answered(PushRequest request, PushResponse reply) {
        pushes++;
        for (int i = 0; i < reply.outcomes().size(); i++) {
            MutationOutcome outcome = reply.outcomes().get(i);
            UUID id = request.mutations().get(i).mutationId();
            if (outcome instanceof MutationOutcome.Rejected refusal) {
                rejected.put(id, refusal);
            } else {
                acknowledged.put(id, outcome);
            }
        }
    }

    @Override
    public void sent(SyncScope scope, PullResponse page) {
        pulls++;
        hooks.pageSent(this, scope, page);
    }

    @Override
    public void delivered(SyncScope scope, PullResponse page) {
        for (Change change : page.changes()) {
            seenVersions.merge(change.entityId(), change.version(), Math::max);
        }
        hooks.pageDelivered(this, scope, page);
    }

    /** The real time, off by the tablet's skew. */
    private static final class SkewedClock implements Clock {
        private static final ZoneId LONDON = ZoneId.of("Europe/London");
        private final Duration skew;

        SkewedClock(Duration skew) {
            this.skew = skew;
        }

        @Override
        public Instant now() {
            return Instant.now().plus(skew);
        }

        @Override
        public ZoneId zone() {
            return LONDON;
        }
    }
}
