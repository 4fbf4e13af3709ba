package uk.graduated.app.sync.android;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.app.data.db.AppDatabase;
import uk.graduated.app.data.db.SqlChunks;
import uk.graduated.app.data.db.SyncedTables;
import uk.graduated.app.data.record.SyncedTable;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;

/**
 * What the tablet already has of a pull page's records, read with a few queries per table instead
 * of several per record: which have a local change waiting in the outbox, and which server version
 * each was last seen at.
 */
final class LocalStateOfPage {
    private final Map<EntityType, Set<UUID>> waiting = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Map<UUID, Long>> knownVersions = new EnumMap<>(EntityType.class);

    /** Reads inside the page's transaction, so nothing changes between the reads and the writes. */
    static LocalStateOfPage read(AppDatabase db, SyncedTables tables, List<Change> changes) {
        Map<EntityType, List<UUID>> idsByType = new EnumMap<>(EntityType.class);
        for (Change change : changes) {
            if (tables.get(change.entityType()) != null) {
                idsByType.computeIfAbsent(change.entityType(), type -> new ArrayList<>()).add(change.entityId());
            }
        }
        LocalStateOfPage state = new LocalStateOfPage();
        idsByType.forEach((type, ids) -> {
            state.waiting.put(type, waitingAmong(db, type, ids));
            SyncedTable table = tables.get(type);
            state.knownVersions.put(type, table.knownVersions(ids));
        });
        return state;
    }

    private static Set<UUID> waitingAmong(AppDatabase db, EntityType type, List<UUID> ids) {
        List<String> keys = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            keys.add(id.toString());
        }
        Set<UUID> waiting = new HashSet<>();
        for (List<String> chunk : SqlChunks.of(keys)) {
            for (String id : db.outbox().pendingAmong(type.wireName(), chunk)) {
                waiting.add(UUID.fromString(id));
            }
        }
        return waiting;
    }

    /** Whether a local change of the record still waits for the server. */
    boolean hasWaitingChange(Change change) {
        return waiting.getOrDefault(change.entityType(), Set.of()).contains(change.entityId());
    }

    /** Whether the tablet already knows a newer version of the record, from a push's answer. */
    boolean knowsNewerThan(Change change) {
        Long known = knownVersions.getOrDefault(change.entityType(), Map.of()).get(change.entityId());
        return known != null && known > change.version();
    }
}
