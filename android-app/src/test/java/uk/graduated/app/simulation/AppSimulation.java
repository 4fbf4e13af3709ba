package uk.graduated.app.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.graduated.app.sync.engine.SyncError;
import uk.graduated.app.sync.engine.SyncResult;
import uk.graduated.app.sync.engine.SyncScope;
import uk.graduated.model.sync.PullResponse;
import uk.graduated.server.simulation.ServerView;
import uk.graduated.server.simulation.SimulationFailure;
import uk.graduated.server.sync.PullService;
import uk.graduated.server.testing.TestAccounts;

/**
 * One seeded run of the app against the real server: 5 to 20 tablets, each the app's own Room
 * store and sync engine, work and sync in turns over a faulty network; a third of the way in and
 * again at two thirds the SENCO moves a pupil to another group at the office, half-way a tablet is
 * revoked; once or twice the server is stopped for a few steps and started again
 * ({@link ServerRestarts}). Then every tablet syncs twice without faults and {@link AppEndChecks}
 * tests the guarantees. Everything random comes from the seed, so a failing seed replays the same run.
 */
final class AppSimulation implements AppTablet.Hooks {
    private static final List<SyncError.Kind> EXPECTED_ERRORS = List.of(SyncError.Kind.NETWORK,
            SyncError.Kind.STOPPED, SyncError.Kind.DEVICE_REVOKED);

    private final RestartableServer server;
    private final int steps;
    private final Random random;
    private final AppSimStats stats = new AppSimStats();
    private final List<String> violations = new ArrayList<>();
    private final Faults faults;
    private final AppSchool school;
    private final ServerView view;
    private final AppChecks checks;
    private final AppWork work;
    private final ServerRestarts restarts;
    /** The office's changes made so far: they wait while the server (and so the console) is stopped. */
    private int officeDone;
    private boolean settling;

    AppSimulation(RestartableServer server, long seed, int steps) {
        this.server = server;
        this.steps = steps;
        this.random = new Random(seed);
        this.faults = new Faults(random, violations);
        this.restarts = new ServerRestarts(server, random, steps);
        this.school = new AppSchool(server.database(), random);
        this.view = new ServerView(server.database().jdbi(), school.school.id());
        this.checks = new AppChecks(view, stats);
        this.work = new AppWork(random, school);
    }

    AppSimStats run() {
        try {
            List<TestAccounts.Person> people = school.staff();
            int count = 5 + random.nextInt(16);
            for (int i = 0; i < count; i++) {
                TestAccounts.Person person = people.get(i);
                TestAccounts.Device device = school.enrol("Tablet " + (i + 1));
                school.tablets.add(new AppTablet("tablet-" + (i + 1) + " (" + person.displayName() + ")", person,
                        device, school.signIn(person, device), school.clockSkew(), server.baseUrl(), faults, random,
                        this));
            }
            AppTablet revoked = school.tablets.get(1 + random.nextInt(count - 1));
            for (AppTablet tablet : school.tablets) {
                sync(tablet);
            }
            for (int step = 0; step < steps; step++) {
                restarts.beforeStep(step);
                officeWork(step, revoked);
                // A push kept on the way cannot arrive while the server is stopped.
                if (random.nextInt(30) == 0 && server.running()) {
                    faults.deliverDelayedRetry();
                }
                AppTablet tablet = school.tablets.get(random.nextInt(count));
                if (tablet.revoked) {
                    continue;
                }
                if (random.nextInt(5) < 3) {
                    work.doSomething(tablet);
                } else {
                    sync(tablet);
                }
            }
            restarts.finish();
            officeWork(steps, revoked);
            faults.stop();
            settling = true;
            for (int round = 0; round < 2; round++) {
                for (AppTablet tablet : school.tablets) {
                    sync(tablet);
                }
            }
            new AppEndChecks(school, view, new PullService(server.database().jdbi(), AppSchool.SERVER_CLOCK), stats)
                    .checkAll(revoked);
            stats.seeds = 1;
            faults.injected().forEach((fault, n) -> stats.faults.put(fault.name(), n));
            stats.serverRestarts = restarts.restarts;
            stats.stepsWithServerDown = restarts.stepsDown;
            return stats;
        } finally {
            school.tablets.forEach(AppTablet::close);
        }
    }

    private void officeWork(int step, AppTablet revoked) {
        if (!server.running()) {
            return;
        }
        if (officeDone == 0 && step >= steps / 3) {
            school.movePupil("A", "B");
            stats.scopeEvents.merge("pupil_moved_group", 1, Integer::sum);
            officeDone++;
        }
        if (officeDone == 1 && step >= steps / 2) {
            school.revoke(revoked);
            stats.scopeEvents.merge("device_revoked", 1, Integer::sum);
            officeDone++;
        }
        if (officeDone == 2 && step >= 2 * steps / 3) {
            school.movePupil("B", "C");
            stats.scopeEvents.merge("pupil_moved_group", 1, Integer::sum);
            officeDone++;
        }
    }

    /** One background sync of the tablet, then the checks that hold after any round. */
    private void sync(AppTablet tablet) {
        if (tablet.revoked) {
            return;
        }
        List<SyncResult> results = tablet.sync();
        if (!violations.isEmpty()) {
            throw new SimulationFailure(tablet.name + ": " + violations.get(0));
        }
        // The person's round brings the sign-in list too; a device round runs only after it failed.
        boolean complete = true;
        for (SyncResult result : results) {
            stats.rounds++;
            if (result.succeeded()) {
                continue;
            }
            complete = false;
            stats.roundsCutShort++;
            if (!server.running()) {
                stats.roundsWhileServerDown++;
            }
            stats.roundErrors.merge(result.error().kind().name(), 1, Integer::sum);
            if (!EXPECTED_ERRORS.contains(result.error().kind()) || (settling && !tablet.revoked)) {
                throw new SimulationFailure(tablet.name + "'s " + result.scope().key() + " round failed: "
                        + result.error().kind() + " " + result.error().message());
            }
        }
        if (tablet.revoked) {
            return;
        }
        checks.waitingChangesKept(tablet);
        if (complete) {
            checks.holdsOnlyItsScopes(tablet);
        }
    }

    @Override
    public void pageSent(AppTablet tablet, SyncScope scope, PullResponse page) {
        try {
            checks.pageInScope(tablet, scope, page);
        } catch (SimulationFailure failure) {
            // Thrown here, the engine would take it for a local store failure.
            violations.add(failure.getMessage());
        }
    }

    /** The person saves something while the sync runs: the page the engine is about to apply must not undo it. */
    @Override
    public void pageDelivered(AppTablet tablet, SyncScope scope, PullResponse page) {
        if (!settling && !scope.isDevice() && random.nextInt(4) == 0) {
            try {
                stats.savedDuringSync += work.doSomething(tablet);
            } catch (RuntimeException e) {
                violations.add("saving while the sync ran failed: " + e);
            }
        }
    }
}
