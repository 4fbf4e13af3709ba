package uk.graduated.app.simulation;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.graduated.app.data.outbox.OutboxEntry;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.RejectionCode;
import uk.graduated.server.auth.Principal;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.simulation.ServerView;
import uk.graduated.server.simulation.SimulationFailure;
import uk.graduated.server.sync.PullService;

/**
 * The guarantees of docs/sync.md after a run, once every tablet has synced twice without faults:
 * each checked on the tablets' Room databases against the server's own tables.
 */
final class AppEndChecks {
    /** A record as compared: its version and its JSON form. */
    private record Held(EntityType type, long version, JsonObject fields) {
    }

    private final AppSchool school;
    private final ServerView view;
    private final PullService pull;
    private final AppSimStats stats;

    AppEndChecks(AppSchool school, ServerView view, PullService pull, AppSimStats stats) {
        this.school = school;
        this.view = view;
        this.pull = pull;
        this.stats = stats;
    }

    void checkAll(AppTablet revokedTablet) {
        wipedWhenRevoked(revokedTablet);
        Map<UUID, ServerView.Logged> log = view.changeLog();
        Map<String, Set<UUID>> heldIds = new HashMap<>();
        for (AppTablet tablet : school.tablets) {
            heldIds.put(tablet.name, RoomContents.rows(tablet.db, tablet.tables, false).keySet());
        }
        Map<Visibility, Map<UUID, Held>> byScope = new HashMap<>();
        for (AppTablet tablet : school.tablets) {
            count(tablet);
            nothingLost(tablet);
            workWithinTheRoleIsNeverForbidden(tablet);
            exactlyOnce(tablet);
            deletedStaysDeleted(tablet, log, heldIds);
            if (!tablet.revoked) {
                Map<UUID, Held> held = convergesOnTheServersView(tablet);
                nothingSkipped(tablet, log);
                // Tablets whose people see the same records hold the same records.
                Map<UUID, Held> other = byScope.putIfAbsent(view.visibility(tablet.principal), held);
                if (other != null) {
                    if (!other.equals(held)) {
                        throw new SimulationFailure(tablet.name + " differs from another tablet with the same scope");
                    }
                    stats.sharedScopeComparisons++;
                }
            }
        }
        long repeated = view.count("select count(*) from (select mutation_id from record_history"
                + " where school_id = :school and mutation_id is not null"
                + " group by mutation_id having count(*) > 1) twice", null);
        if (repeated > 0) {
            throw new SimulationFailure(repeated + " mutations changed a record more than once");
        }
    }

    /** The revoked tablet was refused and erased itself: no record, no outbox, no cursor. */
    private void wipedWhenRevoked(AppTablet tablet) {
        if (!tablet.revoked) {
            throw new SimulationFailure("the revoked " + tablet.name + " could still sync");
        }
        for (String table : List.of("outbox", "sync_state", "record_scope", "server_copy", "pupil", "session_log",
                "sen_need", "plan_target", "group_membership", "observation", "staff", "intervention")) {
            if (RoomContents.count(tablet.db, table) != 0) {
                throw new SimulationFailure("the revoked " + tablet.name + " still holds rows of " + table);
            }
        }
    }

    private void count(AppTablet tablet) {
        stats.tablets++;
        stats.mutationsSaved += tablet.saved.size();
        stats.acknowledged += tablet.acknowledged.size();
        stats.merged += (int) tablet.acknowledged.values().stream()
                .filter(o -> o instanceof MutationOutcome.Merged).count();
        stats.wipedByRevocation += tablet.wipedByRevocation.size();
        tablet.rejected.values().forEach(r -> stats.rejectedByCode.merge(r.code().code(), 1, Integer::sum));
        stats.pushes += tablet.pushes;
        stats.pulls += tablet.pulls;
        if (!tablet.clockSkew.isZero()) {
            stats.skewedTablets++;
        }
    }

    /**
     * Guarantee 1 on the tablet: every saved change was acknowledged, or is kept in the outbox as
     * refused with the server's code and message, or went with the revoked tablet's wipe.
     */
    private void nothingLost(AppTablet tablet) {
        Map<String, OutboxEntry> refusedRows = new HashMap<>();
        if (!tablet.revoked) {
            if (!RoomContents.pending(tablet.db).isEmpty()) {
                throw new SimulationFailure(tablet.name + " still has unanswered changes");
            }
            tablet.db.outbox().rejected().forEach(row -> refusedRows.put(row.mutationId, row));
        }
        for (Mutation mutation : tablet.saved) {
            UUID id = mutation.mutationId();
            if (tablet.acknowledged.containsKey(id) || tablet.wipedByRevocation.contains(mutation)) {
                continue;
            }
            MutationOutcome.Rejected refusal = tablet.rejected.get(id);
            OutboxEntry row = refusedRows.get(id.toString());
            if (refusal == null || (!tablet.revoked && (row == null || row.rejectionMessage == null
                    || row.rejectionMessage.isBlank() || !refusal.code().code().equals(row.rejectionCode)))) {
                throw new SimulationFailure(tablet.name + " lost change " + id + " (" + mutation.entityType().wireName()
                        + " " + mutation.operation().code() + ")");
            }
        }
        // A revoked tablet's refused changes went with its wipe.
        if (!tablet.revoked && refusedRows.size() != tablet.rejected.size()) {
            throw new SimulationFailure(tablet.name + " shows " + refusedRows.size() + " refused changes, the server"
                    + " refused " + tablet.rejected.size());
        }
    }

    /**
     * Every piece of work is within its person's role, so none may be refused {@code forbidden}: in
     * particular an assistant's entry score on a place of their own group is applied (every one was
     * refused until issue #7, and the run tolerated it as a visible refusal).
     */
    private void workWithinTheRoleIsNeverForbidden(AppTablet tablet) {
        for (Mutation mutation : tablet.saved) {
            MutationOutcome.Rejected refusal = tablet.rejected.get(mutation.mutationId());
            if (refusal != null && refusal.code() == RejectionCode.FORBIDDEN) {
                throw new SimulationFailure(tablet.name + "'s " + mutation.entityType().wireName() + " "
                        + mutation.operation().code() + " " + mutation.fields().keySet() + " was refused forbidden: "
                        + refusal.message());
            }
        }
    }

    /** Guarantees 1 and 2 on the server: each acknowledged change is stored once, with at most one history row. */
    private void exactlyOnce(AppTablet tablet) {
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
            boolean create = mutation.operation() == Operation.UPSERT && mutation.fields().has("id");
            boolean historyOk = create ? history == 1 : history <= 1;
            if (applied != 1 || !historyOk || rows != 1) {
                throw new SimulationFailure(tablet.name + " change " + mutation.mutationId() + " on "
                        + mutation.entityType().wireName() + " " + mutation.entityId() + ": applied_mutation "
                        + applied + ", record_history " + history + ", rows " + rows);
            }
        }
    }

    /** Guarantee 4: a record whose delete was acknowledged is a tombstone, and no tablet holds a row of it. */
    private void deletedStaysDeleted(AppTablet tablet, Map<UUID, ServerView.Logged> log,
                                     Map<String, Set<UUID>> heldIds) {
        for (Mutation mutation : tablet.saved) {
            if (mutation.operation() != Operation.DELETE || !tablet.acknowledged.containsKey(mutation.mutationId())) {
                continue;
            }
            ServerView.Logged row = log.get(mutation.entityId());
            if (row == null || !row.deleted()) {
                throw new SimulationFailure(mutation.entityId() + " came back after " + tablet.name + "'s delete");
            }
            heldIds.forEach((name, ids) -> {
                if (ids.contains(mutation.entityId())) {
                    throw new SimulationFailure(name + " still holds deleted " + mutation.entityId());
                }
            });
        }
    }

    /**
     * Guarantee 5: the tablet's Room tables hold exactly what fresh pulls of its two scopes give,
     * for the kinds of record the app keeps, field by field and version by version.
     */
    private Map<UUID, Held> convergesOnTheServersView(AppTablet tablet) {
        Map<UUID, Held> server = new TreeMap<>();
        freshPull(tablet.devicePrincipal, tablet, server);
        freshPull(tablet.principal, tablet, server);
        Map<UUID, Held> local = new TreeMap<>();
        for (RoomContents.Row row : RoomContents.rows(tablet.db, tablet.tables).values()) {
            local.put(row.id(), new Held(row.type(), row.serverVersion() == null ? -1 : row.serverVersion(),
                    row.fields()));
        }
        if (!local.equals(server)) {
            throw new SimulationFailure(tablet.name + " differs from the server's view of its scopes:"
                    + difference(local, server));
        }
        stats.recordsCompared += server.size();
        return local;
    }

    private void freshPull(Principal principal, AppTablet tablet, Map<UUID, Held> into) {
        String cursor = null;
        PullResponse page;
        do {
            page = pull.pull(principal, new PullRequest(cursor, 1000));
            for (Change change : page.changes()) {
                if (!change.deleted() && tablet.tables.get(change.entityType()) != null) {
                    into.put(change.entityId(), new Held(change.entityType(), change.version(), change.fields()));
                }
            }
            cursor = page.nextCursor();
        } while (page.hasMore());
    }

    private static String difference(Map<UUID, Held> local, Map<UUID, Held> server) {
        List<String> lines = new ArrayList<>();
        for (UUID id : server.keySet()) {
            if (!local.containsKey(id)) {
                lines.add("missing " + server.get(id));
            } else if (!local.get(id).equals(server.get(id))) {
                lines.add("stale " + id + "\n    local  " + local.get(id) + "\n    server " + server.get(id));
            }
        }
        for (UUID id : local.keySet()) {
            if (!server.containsKey(id)) {
                lines.add("extra " + id + " " + local.get(id));
            }
        }
        return lines.stream().limit(8).map(line -> "\n  " + line).collect(Collectors.joining());
    }

    /** Guarantee 3: every live change of the tablet's scopes in the change log reached it at its latest version. */
    private void nothingSkipped(AppTablet tablet, Map<UUID, ServerView.Logged> log) {
        Visibility person = view.visibility(tablet.principal);
        Visibility device = view.visibility(tablet.devicePrincipal);
        List<ServerView.Logged> missed = log.values().stream()
                // The test school has no phase, and the server holds such a school back by design.
                .filter(row -> row.type() != EntityType.SCHOOL)
                .filter(row -> !row.deleted() && (ServerView.sees(person, row) || ServerView.sees(device, row)))
                .filter(row -> !Long.valueOf(row.version()).equals(tablet.seenVersions.get(row.id())))
                .limit(5)
                .collect(Collectors.toList());
        if (!missed.isEmpty()) {
            throw new SimulationFailure(tablet.name + " never pulled these changes at their latest version: " + missed);
        }
    }
}
