package uk.graduated.server.sync;

import com.google.gson.JsonObject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.server.register.RecordStore;
import uk.graduated.server.register.RecordTable;
import uk.graduated.server.register.RecordTables;
import uk.graduated.server.register.ReferenceLookup;
import uk.graduated.server.register.ScopeKeys;
import uk.graduated.server.register.StoredRecord;

/**
 * What one push knows of the school's records, so that it asks PostgreSQL a few questions for all
 * of its mutations rather than several for each: the records the mutations name and their latest
 * changes, loaded at the start and kept current as the push writes; and the records they refer to,
 * each looked up once. The push holds the school clock, so nobody else writes meanwhile.
 */
final class KnownRecords implements ReferenceLookup {
    private enum Presence { LIVE, DELETED, ABSENT }

    private final RecordStore store;
    private final Map<UUID, ChangeLog.Entry> logged;
    private final Map<UUID, StoredRecord> records = new HashMap<>();
    private final Map<EntityType, Map<UUID, Presence>> referenced = new EnumMap<>(EntityType.class);

    private KnownRecords(RecordStore store, Map<UUID, ChangeLog.Entry> logged) {
        this.store = store;
        this.logged = logged;
    }

    /** One query for the change log and one per record type the mutations name. */
    static KnownRecords load(RecordStore store, ChangeLog changeLog, List<Mutation> mutations) {
        Set<UUID> ids = new HashSet<>();
        Map<EntityType, Set<UUID>> idsByType = new EnumMap<>(EntityType.class);
        for (Mutation m : mutations) {
            ids.add(m.entityId());
            idsByType.computeIfAbsent(m.entityType(), t -> new HashSet<>()).add(m.entityId());
        }
        KnownRecords known = new KnownRecords(store, changeLog.find(ids));
        idsByType.forEach((type, typeIds) -> RecordTables.of(type)
                .ifPresent(table -> known.records.putAll(store.load(table, typeIds))));
        return known;
    }

    Optional<ChangeLog.Entry> logged(UUID entityId) {
        return Optional.ofNullable(logged.get(entityId));
    }

    Optional<StoredRecord> current(RecordTable table, UUID id) {
        return Optional.ofNullable(records.get(id)).filter(r -> r.type() == table.type());
    }

    /** Records what the push just wrote, a record's new state or its tombstone. */
    void wrote(EntityType type, UUID id, long version, boolean deleted, JsonObject data, ScopeKeys keys) {
        records.put(id, new StoredRecord(type, id, version, deleted, data));
        logged.put(id, new ChangeLog.Entry(type, id, version, deleted, keys));
    }

    @Override
    public Map<EntityType, Set<UUID>> existing(Map<EntityType, Set<UUID>> idsByTarget, boolean includeDeleted) {
        Map<EntityType, Set<UUID>> unknown = new EnumMap<>(EntityType.class);
        idsByTarget.forEach((target, ids) -> ids.stream().filter(id -> presence(target, id) == null)
                .forEach(id -> unknown.computeIfAbsent(target, t -> new HashSet<>()).add(id)));
        if (!unknown.isEmpty()) {
            Map<EntityType, Map<UUID, Boolean>> found = store.lookUp(unknown);
            unknown.forEach((target, ids) -> ids.forEach(id -> {
                Boolean deleted = found.get(target).get(id);
                Presence presence = deleted == null ? Presence.ABSENT : deleted ? Presence.DELETED : Presence.LIVE;
                referenced.computeIfAbsent(target, t -> new HashMap<>()).put(id, presence);
            }));
        }
        Map<EntityType, Set<UUID>> existing = new EnumMap<>(EntityType.class);
        idsByTarget.forEach((target, ids) -> existing.put(target, ids.stream().filter(id -> {
            Presence presence = presence(target, id);
            return presence == Presence.LIVE || (includeDeleted && presence == Presence.DELETED);
        }).collect(Collectors.toCollection(HashSet::new))));
        return existing;
    }

    /** Null when the push has not seen the record yet; what it wrote comes before what it looked up. */
    private Presence presence(EntityType target, UUID id) {
        StoredRecord record = records.get(id);
        if (record != null && record.type() == target) {
            return record.deleted() ? Presence.DELETED : Presence.LIVE;
        }
        return referenced.getOrDefault(target, Map.of()).get(id);
    }
}
