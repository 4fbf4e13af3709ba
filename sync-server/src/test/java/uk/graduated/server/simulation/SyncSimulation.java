package uk.graduated.server.simulation;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.PullRequest;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.model.sync.PushRequest;
import uk.graduated.model.sync.PushResponse;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.auth.Visibility;
import uk.graduated.server.device.DeviceAdmin;
import uk.graduated.server.sync.PullService;
import uk.graduated.server.sync.PushService;
import uk.graduated.server.sync.SyncFixture;

/**
 * One seeded run: a school of seven tablets works and syncs for a number of steps through a
 * {@link FaultyTransport}; a pupil changes group a third of the way in, one tablet is revoked half-way;
 * then every tablet syncs without faults and {@link SimulationChecks} tests the guarantees of
 * docs/sync.md. Everything random comes from the seed, so a failing seed replays the same run.
 */
final class SyncSimulation {
    private static final int PAGE = 25;

    private final int steps;
    private final GraduatedServer server;
    private final Random random;
    private final SimSchool school;
    private final FaultyTransport transport;
    private final TabletWork work;
    private final ServerView view;
    private final SimulationStats stats = new SimulationStats();
    private boolean pupilMoved;
    /** The closing fault-free rounds, in which nobody saves anything new. */
    private boolean settling;

    SyncSimulation(GraduatedServer server, long seed, int steps) {
        this(server, seed, steps, true);
    }

    SyncSimulation(GraduatedServer server, long seed, int steps, boolean skewClocks) {
        this.steps = steps;
        this.server = server;
        this.random = new Random(seed);
        PushService push = new PushService(server.database().jdbi(), SyncFixture.CLOCK);
        this.school = new SimSchool(server.database().jdbi(), random, push, skewClocks);
        this.transport = new FaultyTransport(server.baseUrl(), random);
        this.work = new TabletWork(random, school);
        this.view = new ServerView(server.database().jdbi(), school.school.id());
    }

    SimulationStats run() {
        for (int step = 0; step < steps; step++) {
            if (step >= steps / 3 && !pupilMoved) {
                moveAPupilBetweenGroups();
            }
            if (step == steps / 2) {
                new DeviceAdmin(server.database().jdbi(), SyncFixture.CLOCK)
                        .revoke(school.tablets.get(0).principal, school.toRevoke.device.id());
                stats.scopeEvents.merge("device_revoked", 1, Integer::sum);
            }
            if (random.nextInt(30) == 0) {
                transport.deliverDelayedRetry();
            }
            SimTablet tablet = school.tablets.get(random.nextInt(school.tablets.size()));
            if (tablet.revoked) {
                continue;
            }
            if (random.nextInt(5) < 3) {
                work.doSomething(tablet, SyncFixture.CLOCK.instant());
            } else {
                sync(tablet);
            }
        }
        transport.stopFaults();
        settling = true;
        for (int round = 0; round < 2; round++) {
            for (SimTablet tablet : school.tablets) {
                sync(tablet);
            }
        }
        new SimulationChecks(school, view, new PullService(server.database().jdbi(), SyncFixture.CLOCK), stats)
                .checkAll();
        transport.injected().forEach((fault, count) -> stats.faults.put(fault.name(), count));
        return stats;
    }

    /** Every answer the tablets received, by mutation id, as the server wrote it. */
    Map<UUID, String> outcomes() {
        Map<UUID, String> all = new TreeMap<>();
        for (SimTablet tablet : school.tablets) {
            tablet.acknowledged.forEach((id, outcome) -> all.put(id, outcome.toJsonObject().toString()));
            tablet.rejected.forEach((id, outcome) -> all.put(id, outcome.toJsonObject().toString()));
        }
        return all;
    }

    /** The SENCO ends a group A pupil's place and gives them one in group B: a scope change for four tablets. */
    private void moveAPupilBetweenGroups() {
        SimTablet senco = school.tablets.get(0);
        SimTablet.Local place = senco.records.get(school.movingMembership);
        if (place == null || senco.isProtected(school.movingMembership)) {
            return;
        }
        Instant now = SyncFixture.CLOCK.instant();
        JsonObject ended = new JsonObject();
        ended.addProperty("leftOn", LocalDate.now(SyncFixture.CLOCK).minusDays(1).toString());
        senco.edit(school.uuid(), school.movingMembership, ended, now);
        senco.create(school.uuid(), EntityType.GROUP_MEMBERSHIP,
                school.records.membership(school.uuid(), school.groups.get("B"), school.movingPupil, null), now);
        stats.scopeEvents.merge("pupil_moved_group", 1, Integer::sum);
        pupilMoved = true;
    }

    /** Section 8.6: push every outbox row, then pull until up to date. A network failure ends the round. */
    void sync(SimTablet tablet) {
        if (tablet.revoked) {
            return;
        }
        try {
            push(tablet);
            if (!settling && random.nextInt(4) == 0) {
                // The person saves something while the sync runs: the pull must not undo it.
                work.doSomething(tablet, SyncFixture.CLOCK.instant());
            }
            pull(tablet);
        } catch (FaultyTransport.NetworkFailure failure) {
            stats.abandonedRounds++;
        } catch (FaultyTransport.DeviceRevoked revoked) {
            tablet.wipe();
        }
    }

    private void push(SimTablet tablet) {
        while (!tablet.outbox.isEmpty()) {
            List<Mutation> batch = new ArrayList<>(tablet.outbox.subList(0, Math.min(500, tablet.outbox.size())));
            PushResponse reply = transport.push(tablet, new PushRequest(1, tablet.device.id(), batch));
            tablet.settle(batch, reply.outcomes());
            stats.pushes++;
        }
    }

    private void pull(SimTablet tablet) {
        Visibility visibility = view.visibility(tablet.principal);
        Map<UUID, ServerView.Logged> log = view.changeLog();
        PullResponse page;
        do {
            page = transport.pull(tablet, new PullRequest(tablet.cursor, PAGE));
            stats.pulls++;
            if (page.mustResync()) {
                stats.resyncs++;
                tablet.resync();
                continue;
            }
            SimulationChecks.changesInScope(tablet, page, visibility, log);
            SimulationChecks.neverGoesBack(tablet, page);
            tablet.apply(page);
            SimulationChecks.pendingChangesKept(tablet);
        } while (page.hasMore() || page.mustResync());
        stats.scopeChecks += SimulationChecks.holdsOnlyItsScope(tablet, visibility, log);
    }
}
