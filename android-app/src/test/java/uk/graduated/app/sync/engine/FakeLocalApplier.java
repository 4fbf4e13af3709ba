package uk.graduated.app.sync.engine;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.Removal;

/**
 * Local records in memory with the Room applier's rules. A page is applied to copies and
 * committed with its cursor at the end, so a crash on a page keeps nothing of it.
 */
final class FakeLocalApplier implements LocalApplier {
    private final FakeOutboxStore outbox;
    private final FakeCursorStore cursors;
    Map<UUID, JsonObject> records = new HashMap<>();
    Map<UUID, Set<SyncScope>> holders = new HashMap<>();
    int pagesApplied;
    /** The cursor each page committed with, in the order they committed. */
    final List<String> committedCursors = new ArrayList<>();
    /** Runs inside each apply, before the page commits: what the test needs to see happen meanwhile. */
    Consumer<PullResponse> whileApplying = page -> { };
    /** The thread each page was prepared on, by the page's next cursor. */
    final Map<String, String> preparedOn = new ConcurrentHashMap<>();
    int restarts;
    /** The number of the apply call (from 1) that fails with {@link #failure}; 0 for none. */
    int crashOnApply;
    RuntimeException failure = new IllegalStateException("disk full");

    FakeLocalApplier(FakeOutboxStore outbox, FakeCursorStore cursors) {
        this.outbox = outbox;
        this.cursors = cursors;
    }

    @Override
    public PreparedPage prepare(PullResponse page) {
        preparedOn.put(String.valueOf(page.nextCursor()), Thread.currentThread().getName());
        return () -> page;
    }

    @Override
    public PageResult apply(SyncScope scope, PreparedPage prepared) {
        PullResponse page = prepared.page();
        whileApplying.accept(page);
        Map<UUID, JsonObject> newRecords = new HashMap<>(records);
        Map<UUID, Set<SyncScope>> newHolders = copy(holders);
        int applied = 0;
        int removed = 0;
        int skipped = 0;
        for (Change change : page.changes()) {
            if (outbox.hasWaiting(change.entityId())) {
                skipped++;
            } else if (change.deleted()) {
                newRecords.remove(change.entityId());
                newHolders.remove(change.entityId());
                removed++;
            } else {
                newRecords.put(change.entityId(), change.fields());
                newHolders.computeIfAbsent(change.entityId(), id -> new HashSet<>()).add(scope);
                applied++;
            }
        }
        for (Removal removal : page.removals()) {
            Set<SyncScope> held = newHolders.getOrDefault(removal.entityId(), new HashSet<>());
            held.remove(scope);
            if (held.isEmpty()) {
                newRecords.remove(removal.entityId());
                newHolders.remove(removal.entityId());
            }
            removed++;
        }
        if (++pagesApplied == crashOnApply) {
            throw failure;
        }
        records = newRecords;
        holders = newHolders;
        cursors.cursors.put(scope, page.nextCursor());
        committedCursors.add(page.nextCursor());
        return new PageResult(applied, removed, skipped);
    }

    @Override
    public void restart(SyncScope scope) {
        restarts++;
        for (UUID id : new HashSet<>(holders.keySet())) {
            Set<SyncScope> held = holders.get(id);
            held.remove(scope);
            if (held.isEmpty() && !outbox.hasWaiting(id)) {
                records.remove(id);
                holders.remove(id);
            }
        }
        cursors.cursors.put(scope, null);
    }

    private static Map<UUID, Set<SyncScope>> copy(Map<UUID, Set<SyncScope>> holders) {
        Map<UUID, Set<SyncScope>> copy = new HashMap<>();
        holders.forEach((id, scopes) -> copy.put(id, new HashSet<>(scopes)));
        return copy;
    }
}
