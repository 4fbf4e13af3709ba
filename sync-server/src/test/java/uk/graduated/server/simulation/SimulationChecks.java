package uk.graduated.server.simulation;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.sync.PullService;

/** The guarantees of docs/sync.md, checked against the server's own tables after a run. */
final class SimulationChecks {
    private final SimSchool school;
    private final ServerView view;
    private final PullService pull;
    private final SimulationStats stats;

    SimulationChecks(SimSchool school, ServerView view, PullService pull, SimulationStats stats) {
        this.school = school;
        this.view = view;
        this.pull = pull;
        this.stats = stats;
    }

    /** Guarantee 6, per page: every record a pull delivers is one the person may see right now. */
    static void changesInScope(SimTablet tablet, PullResponse page, Visibility visibility,
            Map<UUID, ServerView.Logged> log) {
        for (Change change : page.changes()) {
            ServerView.Logged row = log.get(change.entityId());
            if (!change.deleted() && (row == null || !ServerView.sees(visibility, row))) {
                throw new SimulationFailure(tablet.name + " was sent " + change.entityType().wireName() + " "
                        + change.entityId() + " outside its scope");
            }
        }
    }

    /** Reads never go back in time: no page brings a record at a version below one the tablet already saw. */
    static void neverGoesBack(SimTablet tablet, PullResponse page) {
        for (Change change : page.changes()) {
            Long seen = tablet.seenVersions.get(change.entityId());
            if (seen != null && change.version() < seen) {
                throw new SimulationFailure(tablet.name + " was sent " + change.entityId() + " at version "
                        + change.version() + " after seeing version " + seen);
            }
        }
    }

    /** Section 8.5: a pulled page never overwrites a change still waiting in the outbox. */
    static void pendingChangesKept(SimTablet tablet) {
        Map<UUID, JsonObject> expected = new HashMap<>();
        Map<UUID, Boolean> deleted = new HashMap<>();
        for (Mutation pending : tablet.outbox) {
            if (pending.operation() == Operation.DELETE) {
                deleted.put(pending.entityId(), true);
                continue;
            }
            deleted.remove(pending.entityId());
            JsonObject members = expected.computeIfAbsent(pending.entityId(), id -> new JsonObject());
            pending.fields().entrySet().forEach(member -> members.add(member.getKey(), member.getValue()));
        }
        deleted.keySet().forEach(id -> {
            if (tablet.records.containsKey(id)) {
                throw new SimulationFailure(tablet.name + ": a pull brought back " + id + ", deleted in the outbox");
            }
            expected.remove(id);
        });
        expected.forEach((id, members) -> {
            SimTablet.Local local = tablet.records.get(id);
            members.entrySet().forEach(member -> {
                if (local == null || !member.getValue().equals(local.fields().get(member.getKey()))) {
                    throw new SimulationFailure(tablet.name + ": a pull overwrote the waiting change of "
                            + member.getKey() + " on " + id);
                }
            });
        });
    }

    /** Guarantee 6, after a pull: the tablet holds nothing outside its scope, except its own unanswered changes. */
    static long holdsOnlyItsScope(SimTablet tablet, Visibility visibility, Map<UUID, ServerView.Logged> log) {
        long checked = 0;
        for (Map.Entry<UUID, SimTablet.Local> held : tablet.records.entrySet()) {
            if (tablet.isProtected(held.getKey())) {
                continue;
            }
            ServerView.Logged row = log.get(held.getKey());
            if (row == null || row.deleted() || !ServerView.sees(visibility, row)) {
                throw new SimulationFailure(tablet.name + " holds " + held.getValue().type().wireName() + " "
                        + held.getKey() + " which " + (row == null ? "the server does not have"
                        : row.deleted() ? "is deleted" : "is outside its scope"));
            }
            checked++;
        }
        return checked;
    }

    void checkAll() {
        if (!school.toRevoke.revoked) {
            throw new SimulationFailure("the revoked " + school.toRevoke.name + " tablet could still sync");
        }
        Map<UUID, ServerView.Logged> log = view.changeLog();
        for (SimTablet tablet : school.tablets) {
            count(tablet);
            nothingLost(tablet);
            exactlyOnce(tablet);
            deletedStaysDeleted(tablet, log);
            if (!tablet.revoked) {
                convergesOnTheServersView(tablet);
                nothingSkipped(tablet, log);
            }
        }
        long repeated = view.count("select count(*) from (select mutation_id from record_history"
                + " where school_id = :school and mutation_id is not null"
                + " group by mutation_id having count(*) > 1) twice", null);
        if (repeated > 0) {
            throw new SimulationFailure(repeated + " mutations changed a record more than once");
        }
    }

    private void count(SimTablet tablet) {
        stats.mutationsSaved += tablet.saved.size();
        stats.acknowledged += tablet.acknowledged.size();
        stats.merged += (int) tablet.acknowledged.values().stream().filter(o -> o instanceof MutationOutcome.Merged).count();
        stats.wipedByRevocation += tablet.wipedByRevocation.size();
        tablet.rejected.values().forEach(r -> stats.rejectedByCode.merge(r.code().code(), 1, Integer::sum));
        if (!tablet.clockSkew.isZero()) {
            stats.skewedTablets++;
        }
    }

    /** Guarantee 1 on the tablet: every saved change is answered, still waiting, or visibly refused. */
    private void nothingLost(SimTablet tablet) {
        if (!tablet.revoked && !tablet.outbox.isEmpty()) {
            throw new SimulationFailure(tablet.name + " still has " + tablet.outbox.size() + " unanswered changes");
        }
        for (Mutation mutation : tablet.saved) {
            UUID id = mutation.mutationId();
            MutationOutcome.Rejected refusal = tablet.rejected.get(id);
            if (refusal != null && (refusal.code() == null || refusal.message() == null || refusal.message().isBlank())) {
                throw new SimulationFailure(tablet.name + " change " + id + " was refused without a reason");
            }
            if (refusal == null && !tablet.acknowledged.containsKey(id) && !tablet.outbox.contains(mutation)
                    && !tablet.wipedByRevocation.contains(mutation)) {
                throw new SimulationFailure(tablet.name + " lost change " + id);
            }
        }
    }

    /** Guarantees 1 and 2 on the server: each acknowledged change is stored once, with one history row. */
    private void exactlyOnce(SimTablet tablet) {
        for (Mutation mutation : tablet.saved) {
            if (!tablet.acknowledged.containsKey(mutation.mutationId())) {
                continue;
            }
            long applied = view.count("select count(*) from applied_mutation where school_id = :school"
                    + " and mutation_id = :id", mutation.mutationId());
            long history = view.count("select count(*) from record_history where school_id = :school"
                    + " and mutation_id = :id", mutation.mutationId());
            long rows = view.count("select count(*) from " + mutation.entityType().wireName()
                    + " where school_id = :school and id = :id", mutation.entityId());
            // A create always writes history; an edit that changes nothing and a repeated delete need not.
            boolean historyOk = isCreate(mutation) ? history == 1 : history <= 1;
            if (applied != 1 || !historyOk || rows != 1) {
                throw new SimulationFailure(tablet.name + " change " + mutation.mutationId() + " on "
                        + mutation.entityType().wireName() + " " + mutation.entityId() + ": applied_mutation "
                        + applied + ", record_history " + history + ", rows " + rows);
            }
        }
    }

    private static boolean isCreate(Mutation mutation) {
        return mutation.operation() == Operation.UPSERT && mutation.fields().has("id");
    }

    /** Guarantee 4: a record whose delete was acknowledged is a tombstone and on no tablet. */
    private void deletedStaysDeleted(SimTablet tablet, Map<UUID, ServerView.Logged> log) {
        for (Mutation mutation : tablet.saved) {
            if (mutation.operation() != Operation.DELETE || !tablet.acknowledged.containsKey(mutation.mutationId())) {
                continue;
            }
            ServerView.Logged row = log.get(mutation.entityId());
            if (row == null || !row.deleted()) {
                throw new SimulationFailure(mutation.entityId() + " came back after " + tablet.name + "'s delete");
            }
            for (SimTablet other : school.tablets) {
                if (other.records.containsKey(mutation.entityId())) {
                    throw new SimulationFailure(other.name + " still holds deleted " + mutation.entityId());
                }
            }
        }
    }

    /** Guarantee 5: after a fault-free sync the tablet holds exactly what a fresh pull of its scope gives. */
    private void convergesOnTheServersView(SimTablet tablet) {
        Map<UUID, JsonObject> server = new HashMap<>();
        String cursor = null;
        PullResponse page;
        do {
            page = pull.pull(tablet.principal, new PullRequest(cursor, 1000));
            for (Change change : page.changes()) {
                if (!change.deleted()) {
                    server.put(change.entityId(), change.fields());
                }
            }
            cursor = page.nextCursor();
        } while (page.hasMore());
        Map<UUID, JsonObject> local = new HashMap<>();
        tablet.records.forEach((id, record) -> local.put(id, record.fields()));
        if (!local.equals(server)) {
            throw new SimulationFailure(tablet.name + " differs from the server's view of its scope: "
                    + difference(local, server));
        }
        stats.recordsCompared += server.size();
    }

    private static String difference(Map<UUID, JsonObject> local, Map<UUID, JsonObject> server) {
        StringBuilder out = new StringBuilder();
        for (UUID id : server.keySet()) {
            if (!local.containsKey(id)) {
                out.append("\n  missing ").append(id).append(' ').append(server.get(id));
            } else if (!local.get(id).equals(server.get(id))) {
                out.append("\n  stale ").append(id).append(" local ").append(local.get(id)).append(" server ")
                        .append(server.get(id));
            }
        }
        for (UUID id : local.keySet()) {
            if (!server.containsKey(id)) {
                out.append("\n  extra ").append(id).append(' ').append(local.get(id));
            }
        }
        return out.toString();
    }

    /** Guarantee 3: every change of the scope in the change log reached the tablet at its latest version. */
    private void nothingSkipped(SimTablet tablet, Map<UUID, ServerView.Logged> log) {
        Visibility visibility = view.visibility(tablet.principal);
        List<ServerView.Logged> missed = log.values().stream()
                // The test school has no phase, and RecordLoader holds such a school back by design.
                .filter(row -> row.type() != EntityType.SCHOOL)
                .filter(row -> !row.deleted() && ServerView.sees(visibility, row))
                .filter(row -> !Long.valueOf(row.version()).equals(tablet.seenVersions.get(row.id())))
                .limit(5)
                .collect(Collectors.toList());
        if (!missed.isEmpty()) {
            throw new SimulationFailure(tablet.name + " never pulled these changes at their latest version: " + missed);
        }
    }
}
