package uk.graduated.server.simulation;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.Removal;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.testing.TestAccounts;

/**
 * An in-memory tablet that follows protocol.md sections 6 and 8 to the letter: an outbox in the order
 * changes were made, local records with their known versions, one cursor. It stands in for the app's
 * {@code SyncEngine}, which lives in android-app and cannot be loaded here.
 */
final class SimTablet {
    /** A record as the tablet holds it; {@code version} 0 means the server has not answered for it yet. */
    record Local(EntityType type, JsonObject fields, long version) {
    }

    final String name;
    final TestAccounts.Person person;
    final TestAccounts.Device device;
    final Principal principal;
    /** How far this tablet's clock is off; it only shifts {@code clientTime}, which must decide nothing. */
    final Duration clockSkew;
    final String sessionToken;

    final List<Mutation> outbox = new ArrayList<>();
    final Map<UUID, Local> records = new HashMap<>();
    /** The server's state of each record as last received, to fall back on when a local change is refused. */
    final Map<UUID, Local> serverCopies = new HashMap<>();
    /** The highest version each record was seen at in any pull page, applied or not. */
    final Map<UUID, Long> seenVersions = new HashMap<>();
    final List<Mutation> saved = new ArrayList<>();
    final Map<UUID, MutationOutcome> acknowledged = new LinkedHashMap<>();
    final Map<UUID, MutationOutcome.Rejected> rejected = new LinkedHashMap<>();
    final List<Mutation> wipedByRevocation = new ArrayList<>();
    String cursor;
    boolean revoked;

    SimTablet(String name, TestAccounts.Person person, TestAccounts.Device device, Principal principal,
            Duration clockSkew, String sessionToken) {
        this.name = name;
        this.person = person;
        this.device = device;
        this.principal = principal;
        this.clockSkew = clockSkew;
        this.sessionToken = sessionToken;
    }

    /** Saves a new record locally together with its outbox row, as one local transaction would. */
    void create(UUID mutationId, EntityType type, JsonObject fields, Instant now) {
        UUID id = UUID.fromString(fields.get("id").getAsString());
        records.put(id, new Local(type, fields.deepCopy(), 0));
        save(Mutation.upsert(mutationId, device.id(), type, id, null, fields, now.plus(clockSkew)));
    }

    /** Lays the changed members over the local record and queues them with the version they were edited from. */
    void edit(UUID mutationId, UUID id, JsonObject changed, Instant now) {
        Local local = records.get(id);
        JsonObject merged = local.fields().deepCopy();
        for (Map.Entry<String, JsonElement> member : changed.entrySet()) {
            merged.add(member.getKey(), member.getValue().deepCopy());
        }
        records.put(id, new Local(local.type(), merged, local.version()));
        save(Mutation.upsert(mutationId, device.id(), local.type(), id, knownVersion(local), changed, now.plus(clockSkew)));
    }

    void delete(UUID mutationId, UUID id, Instant now) {
        Local local = records.remove(id);
        save(Mutation.delete(mutationId, device.id(), local.type(), id, knownVersion(local), now.plus(clockSkew)));
    }

    private static Long knownVersion(Local local) {
        return local.version() == 0 ? null : local.version();
    }

    private void save(Mutation mutation) {
        outbox.add(mutation);
        saved.add(mutation);
    }

    /** Section 6.4: applied and merged rows leave the outbox, rejected ones are kept aside with their reason. */
    void settle(List<Mutation> sent, List<MutationOutcome> outcomes) {
        for (int i = 0; i < sent.size(); i++) {
            Mutation mutation = sent.get(i);
            MutationOutcome outcome = outcomes.get(i);
            if (!outcome.mutationId().equals(mutation.mutationId())) {
                throw new SimulationFailure("outcome " + i + " answers " + outcome.mutationId() + ", not "
                        + mutation.mutationId());
            }
            outbox.remove(mutation);
            if (outcome instanceof MutationOutcome.Rejected refusal) {
                rejected.put(mutation.mutationId(), refusal);
                if (!isProtected(mutation.entityId())) {
                    restoreServerCopy(mutation.entityId());
                }
            } else {
                acknowledged.put(mutation.mutationId(), outcome);
                long version = outcome instanceof MutationOutcome.Applied a ? a.serverVersion()
                        : ((MutationOutcome.Merged) outcome).serverVersion();
                Local local = records.get(mutation.entityId());
                if (local != null && mutation.operation() == Operation.UPSERT) {
                    records.put(mutation.entityId(), new Local(local.type(), local.fields(), version));
                }
            }
        }
    }

    /** A refused change no longer protects its record: the tablet shows the server's state again. */
    private void restoreServerCopy(UUID id) {
        Local copy = serverCopies.get(id);
        if (copy == null) {
            records.remove(id);
        } else {
            records.put(id, copy);
        }
    }

    boolean isProtected(UUID id) {
        return outbox.stream().anyMatch(m -> m.entityId().equals(id));
    }

    /** Section 8.5: one page, in one local transaction. */
    void apply(PullResponse page) {
        for (Change change : page.changes()) {
            seenVersions.merge(change.entityId(), change.version(), Math::max);
            if (change.deleted()) {
                serverCopies.remove(change.entityId());
            } else {
                serverCopies.put(change.entityId(), new Local(change.entityType(), change.fields(), change.version()));
            }
            if (isProtected(change.entityId())) {
                continue;
            }
            if (change.deleted()) {
                records.remove(change.entityId());
            } else {
                records.put(change.entityId(), new Local(change.entityType(), change.fields(), change.version()));
            }
        }
        for (Removal removal : page.removals()) {
            serverCopies.remove(removal.entityId());
            records.remove(removal.entityId());
        }
        cursor = page.nextCursor();
    }

    /** Section 8.5, must-resync: drop what no outbox row protects, start again from no cursor. */
    void resync() {
        records.keySet().removeIf(id -> !isProtected(id));
        serverCopies.clear();
        cursor = null;
    }

    /** Section 10, {@code device_revoked} with {@code wipe}: everything local goes, the outbox too. */
    void wipe() {
        revoked = true;
        wipedByRevocation.addAll(outbox);
        outbox.clear();
        records.clear();
        serverCopies.clear();
        cursor = null;
    }
}
