package uk.graduated.app.sync.engine;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executor;
import uk.graduated.app.core.FakeClock;
import uk.graduated.app.core.Uuids;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.Removal;
import uk.graduated.model.sync.RemovalReason;
import uk.graduated.model.sync.SyncLimits;

/** A sync engine over in-memory fakes, with a TA's outbox and helpers to script the server. */
final class EngineHarness {
    static final UUID DEVICE = UUID.fromString("01a207a4-49a8-70c5-a6a3-a4506513270e");
    static final UUID TA = UUID.fromString("01a207a6-60d0-7892-923f-0824128b2f33");
    static final UUID OTHER_TA = UUID.fromString("01a207a6-60d0-7892-923f-0824128b2f34");
    static final SyncScope TA_SCOPE = SyncScope.staff(TA);

    final FakeClock clock = FakeClock.at("2026-11-23T16:00:00Z");
    final FakeOutboxStore outbox = new FakeOutboxStore();
    final FakeCursorStore cursors = new FakeCursorStore();
    final FakeLocalApplier applier = new FakeLocalApplier(outbox, cursors);
    final FakePhotoQueue photos = new FakePhotoQueue();
    final FakeTransport transport = new FakeTransport();
    final SyncEngine engine;

    /** The next pull page is requested at once, before the page ahead of it is applied: one thread, fixed order. */
    EngineHarness() {
        this(Runnable::run);
    }

    /** @param pullAhead where the engine requests the next pull page while it applies one */
    EngineHarness(Executor pullAhead) {
        engine = new SyncEngine(DEVICE, new LocalStores(outbox, applier, cursors, photos), transport, clock,
                new Backoff(new Random(42)), SyncLimits.MAX_PULL_LIMIT, pullAhead);
    }

    SyncResult sync() {
        return engine.sync(TA_SCOPE);
    }

    /** An edit of a plan target's goal, queued by {@code staffId}. */
    Mutation queueEdit(UUID staffId, UUID targetId, String goal) {
        JsonObject fields = new JsonObject();
        fields.addProperty("goal", goal);
        Mutation mutation = Mutation.upsert(Uuids.v7(clock), DEVICE, EntityType.PLAN_TARGET, targetId, 5L, fields,
                clock.now());
        outbox.add(staffId, mutation);
        return mutation;
    }

    List<Mutation> queueEdits(int count) {
        List<Mutation> queued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            queued.add(queueEdit(TA, new UUID(0x01a2L, i + 1), "Reads " + i + " words by sight"));
        }
        return queued;
    }

    static Change change(UUID targetId, long version, String goal) {
        JsonObject fields = new JsonObject();
        fields.addProperty("id", targetId.toString());
        fields.addProperty("goal", goal);
        return new Change(EntityType.PLAN_TARGET, targetId, version, false, fields);
    }

    static Removal removal(UUID pupilId) {
        return new Removal(EntityType.PUPIL, pupilId, RemovalReason.SCOPE_WITHDRAWN);
    }

    static PullResponse page(String nextCursor, boolean hasMore, List<Change> changes, List<Removal> removals) {
        return new PullResponse(changes, removals, nextCursor, hasMore, false, null);
    }
}
