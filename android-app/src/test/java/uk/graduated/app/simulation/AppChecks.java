package uk.graduated.app.simulation;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.sync.Change;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.Operation;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.simulation.ServerView;
import uk.graduated.server.simulation.SimulationFailure;

/**
 * The guarantees checked while a run goes on, against the server's own tables: every page is in
 * the scope of its token, a pull never overwrites a waiting change, and after a complete round the
 * tablet holds nothing outside its scopes, deleted, or unknown to the server.
 */
final class AppChecks {
    private final ServerView view;
    private final AppSimStats stats;

    AppChecks(ServerView view, AppSimStats stats) {
        this.view = view;
        this.stats = stats;
    }

    /** Guarantee 6, per page: every record a pull delivers is one its token may see right now. */
    void pageInScope(AppTablet tablet, SyncScope scope, PullResponse page) {
        Visibility visibility = view.visibility(scope.isDevice() ? tablet.devicePrincipal : tablet.principal);
        Map<UUID, ServerView.Logged> log = view.changeLog();
        for (Change change : page.changes()) {
            ServerView.Logged row = log.get(change.entityId());
            if (!change.deleted() && (row == null || !ServerView.sees(visibility, row))) {
                throw new SimulationFailure(tablet.name + " (" + scope.key() + ") was sent "
                        + change.entityType().wireName() + " " + change.entityId() + " outside its scope");
            }
        }
        stats.pagesChecked++;
    }

    /**
     * Section 8.5: a waiting change is never overwritten by a pull, nor its hidden delete undone.
     * A record that left the person's scope may go with its change still waiting (the server answers it).
     */
    void waitingChangesKept(AppTablet tablet) {
        List<Mutation> pending = RoomContents.pending(tablet.db);
        if (pending.isEmpty()) {
            return;
        }
        Visibility visibility = view.visibility(tablet.principal);
        Map<UUID, ServerView.Logged> log = view.changeLog();
        Map<UUID, RoomContents.Row> rows = RoomContents.rows(tablet.db, tablet.tables, false);
        Map<UUID, Boolean> lastIsDelete = new HashMap<>();
        Map<UUID, JsonObject> expected = new HashMap<>();
        for (Mutation m : pending) {
            if (m.operation() == Operation.DELETE) {
                lastIsDelete.put(m.entityId(), true);
                continue;
            }
            lastIsDelete.put(m.entityId(), false);
            JsonObject members = expected.computeIfAbsent(m.entityId(), id -> new JsonObject());
            m.fields().entrySet().forEach(member -> members.add(member.getKey(), member.getValue()));
        }
        for (Map.Entry<UUID, Boolean> record : lastIsDelete.entrySet()) {
            UUID id = record.getKey();
            RoomContents.Row row = rows.get(id);
            ServerView.Logged logged = log.get(id);
            boolean withdrawn = logged != null && !ServerView.sees(visibility, logged);
            if (row == null) {
                if (!withdrawn) {
                    throw new SimulationFailure(tablet.name + ": the record " + id + " of a waiting change is gone");
                }
            } else if (record.getValue()) {
                if (!row.hidden()) {
                    throw new SimulationFailure(tablet.name + ": a pull brought back " + id + ", deleted in the outbox");
                }
            } else {
                JsonObject fields = tablet.tables.require(row.type()).fields(id);
                expected.get(id).entrySet().forEach(member -> {
                    if (fields == null || !member.getValue().equals(fields.get(member.getKey()))) {
                        throw new SimulationFailure(tablet.name + ": a pull overwrote the waiting change of "
                                + member.getKey() + " on " + id + ": " + fields);
                    }
                });
            }
        }
    }

    /**
     * Guarantee 6, after a sync whose every round succeeded: every record the tablet holds, except those with a
     * waiting change, is on the server, not deleted, and in the person's or the device's scope.
     */
    void holdsOnlyItsScopes(AppTablet tablet) {
        Visibility person = view.visibility(tablet.principal);
        Visibility device = view.visibility(tablet.devicePrincipal);
        Map<UUID, ServerView.Logged> log = view.changeLog();
        Set<UUID> waiting = new HashSet<>();
        RoomContents.pending(tablet.db).forEach(m -> waiting.add(m.entityId()));
        for (RoomContents.Row row : RoomContents.rows(tablet.db, tablet.tables, false).values()) {
            if (waiting.contains(row.id())) {
                continue;
            }
            ServerView.Logged logged = log.get(row.id());
            String problem = row.hidden() ? "is hidden with no delete waiting"
                    : logged == null ? "the server does not have"
                    : logged.deleted() ? "is deleted on the server"
                    : !ServerView.sees(person, logged) && !ServerView.sees(device, logged) ? "is outside its scopes"
                    : null;
            if (problem != null) {
                throw new SimulationFailure(tablet.name + " holds " + row.type().wireName() + " " + row.id() + " which "
                        + problem);
            }
            stats.scopeChecks++;
        }
    }
}
