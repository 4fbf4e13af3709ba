package uk.graduated.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.graduated.server.GraduatedServer;
import uk.graduated.server.TestServers;

/**
 * Runs the seeded sync simulation against one real server (each seed gets its own school). By default
 * 5 seeds of 200 steps; {@code -Dsimulation.seeds=1000 -Dsimulation.steps=400} runs more, and
 * {@code -Dsimulation.seed=N} replays one seed. docs/reliability.md has the commands and figures.
 */
class SyncSimulationTest {
    private static GraduatedServer server;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = TestServers.startOnFreshDatabase(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void seededRunsUnderFaults_keepEverySyncGuarantee() {
        int steps = Integer.getInteger("simulation.steps", 200);
        List<Long> seeds = seeds();
        SimulationStats total = new SimulationStats();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (long seed : seeds) {
            try {
                total.add(new SyncSimulation(server, seed, steps).run());
            } catch (SimulationFailure | AssertionError failure) {
                String line = "seed " + seed + " failed: " + failure.getMessage() + "\n  replay: " + replay(seed, steps);
                System.out.println(line);
                failures.add(line);
            }
        }
        System.out.printf("sync simulation: %d seeds x %d steps in %.1f s, %d failed; %s%n", seeds.size(), steps,
                (System.nanoTime() - started) / 1e9, failures.size(), total);
        assertThat(failures).isEmpty();
    }

    @Test
    void tabletClocksOffByDays_changeNoOutcome() {
        long seed = Long.getLong("simulation.seed", 7L);
        SyncSimulation skewed = new SyncSimulation(server, seed, 150, true);
        skewed.run();
        SyncSimulation exact = new SyncSimulation(server, seed, 150, false);
        exact.run();

        assertThat(skewed.outcomes()).isNotEmpty().isEqualTo(exact.outcomes());
    }

    private static List<Long> seeds() {
        String one = System.getProperty("simulation.seed");
        if (one != null) {
            return List.of(Long.parseLong(one));
        }
        long first = Long.getLong("simulation.firstSeed", 1L);
        int count = Integer.getInteger("simulation.seeds", 5);
        List<Long> seeds = new ArrayList<>();
        for (long seed = first; seed < first + count; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    static String replay(long seed, int steps) {
        return "mvn -o -q -pl sync-server -am -Dbuild.folder=target-sim test -Dtest=SyncSimulationTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dsimulation.seed=" + seed + " -Dsimulation.steps=" + steps;
    }
}
