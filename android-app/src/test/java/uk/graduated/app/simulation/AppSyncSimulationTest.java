package uk.graduated.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import uk.graduated.app.e2e.ServerInJvmTestRunner;
import uk.graduated.server.simulation.SimulationFailure;

/**
 * The seeded fault simulation with the app's own sync engine and Room store on every tablet,
 * against one real server (each seed gets its own school), which each seed stops and starts again. By default 2 seeds of 150 steps;
 * {@code -Dappsim.seeds=1000} runs more, {@code -Dappsim.firstSeed=N} starts elsewhere, and
 * {@code -Dappsim.seed=N} replays one seed. docs/reliability.md has the commands and figures.
 */
@RunWith(ServerInJvmTestRunner.class)
@Config(sdk = 35)
public class AppSyncSimulationTest {
    @ClassRule
    public static final TemporaryFolder DATA = new TemporaryFolder();

    private static RestartableServer server;

    @BeforeClass
    public static void startServer() throws IOException {
        server = RestartableServer.start(DATA.newFolder("server").toPath());
    }

    @AfterClass
    public static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void seededRunsOfTheAppUnderFaults_keepEverySyncGuarantee() {
        int steps = Integer.getInteger("appsim.steps", 150);
        List<Long> seeds = seeds();
        AppSimStats total = new AppSimStats();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (long seed : seeds) {
            try {
                total.add(new AppSimulation(server, seed, steps).run());
            } catch (SimulationFailure | AssertionError failure) {
                String line = "seed " + seed + " failed: " + failure.getMessage() + "\n  replay: " + replay(seed, steps);
                System.out.println(line);
                failures.add(line);
            }
            int done = seeds.indexOf(seed) + 1;
            if (done % 10 == 0 && done < seeds.size()) {
                // Long runs report as they go, so their figures survive a run cut short.
                System.out.printf("app sync simulation: %d of %d seeds in %.1f s, %d failed; %s%n", done, seeds.size(),
                        (System.nanoTime() - started) / 1e9, failures.size(), total);
            }
        }
        System.out.printf("app sync simulation: %d seeds x %d steps in %.1f s, %d failed; %s%n", seeds.size(), steps,
                (System.nanoTime() - started) / 1e9, failures.size(), total);
        assertThat(failures).isEmpty();
        // A check that never ran proves nothing: the scope check once stopped running unnoticed
        // when a change to how tablets sync made its condition never true.
        assertThat(total.pagesChecked).as("pages checked for scope").isPositive();
        assertThat(total.scopeChecks).as("held records checked for scope").isPositive();
    }

    private static List<Long> seeds() {
        String one = System.getProperty("appsim.seed");
        if (one != null) {
            return List.of(Long.parseLong(one));
        }
        long first = Long.getLong("appsim.firstSeed", 1L);
        int count = Integer.getInteger("appsim.seeds", 2);
        List<Long> seeds = new ArrayList<>();
        for (long seed = first; seed < first + count; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    static String replay(long seed, int steps) {
        return "mvn -B -o -q -pl android-app -am verify -Dtest=AppSyncSimulationTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dappsim.seed=" + seed + " -Dappsim.steps=" + steps;
    }
}
