package uk.graduated.server.sync;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.Removal;
import uk.graduated.model.sync.RemovalReason;
import uk.graduated.model.sync.ResyncReason;
import uk.graduated.server.auth.Visibility;

/**
 * Builds one pull page inside a repeatable-read snapshot, for what {@link Visibility} lets the
 * caller see, in three steps that share the page's limit:
 * <ol>
 *   <li>pupils and interventions that left the scope since the tablet's held set: their records
 *       become removals;</li>
 *   <li>those that entered it: their records are sent at their current state, however old;</li>
 *   <li>the change log after the cursor, filtered by the scope: the {@link PullSnapshot}'s range scan.</li>
 * </ol>
 * A pupil's records go whole into a page or wait for the next one; one that alone exceeds the limit
 * makes the tablet resync instead.
 */
final class PullPage {
    /** What the page holds; {@code held} is the tablet's held set after applying it (null: none kept). */
    record Result(List<Change> changes, List<Removal> removals, long nextVersion, boolean hasMore,
                  Set<UUID> heldPupils, Set<UUID> heldInterventions, ResyncReason resync) {
        static Result resync(ResyncReason reason) {
            return new Result(List.of(), List.of(), 0, false, null, null, reason);
        }
    }

    private final Reader reader;
    private final ChangeLog changeLog;
    private final Visibility visibility;
    private final int limit;
    private final List<Removal> removals = new ArrayList<>();
    private final Map<UUID, ChangeLog.Entry> entering = new LinkedHashMap<>();
    private boolean stopped;

    PullPage(Reader reader, Visibility visibility, int limit) {
        this.reader = reader;
        this.changeLog = reader.changeLog();
        this.visibility = visibility;
        this.limit = limit;
    }

    /**
     * @param after    the cursor's version, 0 for a first pull
     * @param snapshot the first read of this snapshot, its scan up to the page's limit plus one; its
     *                 held set is what the tablet holds, or null for a first pull or a device scope
     */
    Result build(long after, PullSnapshot snapshot) {
        DeviceScopes.Held held = snapshot.held();
        Set<UUID> pupils = visibility.pupilIds();
        Set<UUID> interventions = visibility.interventionIds();
        Set<UUID> heldPupils = new HashSet<>(held == null ? pupils : held.pupils());
        Set<UUID> heldInterventions = new HashSet<>(held == null ? interventions : held.interventions());
        if (held != null) {
            Set<UUID> leaving = minus(held.pupils(), pupils);
            Set<UUID> leftSchool = LeftPupils.among(reader.handle(), reader.schoolId(), leaving, reader.today());
            boolean fits = keys(leaving, minus(held.interventions(), interventions), false, leftSchool,
                    heldPupils, heldInterventions)
                    && keys(minus(pupils, held.pupils()), minus(interventions, held.interventions()), true, Set.of(),
                    heldPupils, heldInterventions);
            if (!fits) {
                return Result.resync(ResyncReason.SCOPE_CHANGED);
            }
        }
        int capacity = limit - removals.size() - entering.size();
        List<ChangeLog.Entry> scanned = List.of();
        boolean hasMore = true;
        long nextVersion = after;
        if (!stopped && capacity > 0) {
            // The first capacity + 1 of the snapshot's scan are what a scan limited to them finds.
            scanned = snapshot.scanned().subList(0, Math.min(snapshot.scanned().size(), capacity + 1));
            hasMore = scanned.size() > capacity;
            if (hasMore) {
                scanned = scanned.subList(0, capacity);
                nextVersion = scanned.get(capacity - 1).version();
            } else {
                nextVersion = Math.max(after, snapshot.committed());
            }
        }
        List<ChangeLog.Entry> sent = new ArrayList<>(entering.values());
        scanned.stream().filter(e -> !entering.containsKey(e.entityId())).forEach(sent::add);
        return new Result(changes(sent), List.copyOf(removals), nextVersion, hasMore, heldPupils, heldInterventions, null);
    }

    /**
     * Adds the records of leaving (or entering) keys to the page, key by key while they fit, and
     * updates the held sets for each key done.
     *
     * @return false when the first key alone does not fit an empty page
     */
    private boolean keys(Set<UUID> pupils, Set<UUID> interventions, boolean enter, Set<UUID> leftSchool,
                         Set<UUID> heldPupils, Set<UUID> heldInterventions) {
        if (stopped || pupils.isEmpty() && interventions.isEmpty()) {
            return true;
        }
        // A record deleted while in scope that the tablet can no longer be sent as a tombstone (its
        // pupil left the scope with it) is removed too.
        List<ChangeLog.Entry> related = changeLog.about(pupils, interventions, !enter).stream()
                .filter(e -> visibility.sees(e.type(), e.keys().pupilIds(), e.keys().interventionId()) == enter)
                .toList();
        Set<UUID> taken = new HashSet<>();
        for (UUID key : sorted(pupils, interventions)) {
            boolean isPupil = pupils.contains(key);
            List<ChangeLog.Entry> batch = related.stream()
                    .filter(e -> !taken.contains(e.entityId()) && !entering.containsKey(e.entityId()))
                    .filter(e -> isPupil ? e.keys().pupilIds().contains(key) : key.equals(e.keys().interventionId()))
                    .toList();
            if (batch.size() > limit - removals.size() - entering.size()) {
                stopped = true;
                return !(removals.isEmpty() && entering.isEmpty());
            }
            RemovalReason reason = leftSchool.contains(key) ? RemovalReason.PUPIL_LEFT : RemovalReason.SCOPE_WITHDRAWN;
            for (ChangeLog.Entry e : batch) {
                taken.add(e.entityId());
                if (enter) {
                    entering.put(e.entityId(), e);
                } else {
                    removals.add(new Removal(e.type(), e.entityId(), reason));
                }
            }
            Set<UUID> held = isPupil ? heldPupils : heldInterventions;
            if (enter) {
                held.add(key);
            } else {
                held.remove(key);
            }
        }
        return true;
    }

    private List<Change> changes(List<ChangeLog.Entry> entries) {
        Map<UUID, JsonObject> records = reader.loader().load(entries);
        List<Change> changes = new ArrayList<>();
        for (ChangeLog.Entry e : entries) {
            if (e.deleted()) {
                changes.add(Change.tombstone(e.type(), e.entityId(), e.version()));
            } else if (records.containsKey(e.entityId())) {
                changes.add(new Change(e.type(), e.entityId(), e.version(), false, records.get(e.entityId())));
            }
        }
        changes.sort(Comparator.comparingLong(Change::version));
        return changes;
    }

    private static List<UUID> sorted(Set<UUID> pupils, Set<UUID> interventions) {
        List<UUID> keys = new ArrayList<>(pupils.stream().sorted().toList());
        keys.addAll(interventions.stream().sorted().toList());
        return keys;
    }

    private static Set<UUID> minus(Set<UUID> from, Set<UUID> take) {
        Set<UUID> difference = new HashSet<>(from);
        difference.removeAll(take);
        return difference;
    }
}
