package uk.graduated.app.simulation;

import java.util.Random;
import java.util.TreeMap;

/**
 * When a run's server is stopped, drawn from the seed: once or twice a run, at a step between the
 * first and the last tenth, for 3 to 15 steps. Meanwhile the tablets keep working and their rounds
 * fail as with no network; the office waits too, as the console stops with the server.
 */
final class ServerRestarts {
    private final RestartableServer server;
    /** Step at which the server stops, and for how many steps. */
    private final TreeMap<Integer, Integer> stops = new TreeMap<>();
    private int backAt;
    int restarts;
    int stepsDown;

    ServerRestarts(RestartableServer server, Random random, int steps) {
        this.server = server;
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            stops.put(steps / 10 + random.nextInt(Math.max(1, steps * 8 / 10)), 3 + random.nextInt(13));
        }
    }

    /** Before each step: stops the server at a planned step, starts it again once its time is up. */
    void beforeStep(int step) {
        if (!server.running() && step >= backAt) {
            start();
        }
        Integer down = stops.get(step);
        if (server.running() && down != null) {
            server.stop();
            backAt = step + down;
        }
        if (!server.running()) {
            stepsDown++;
        }
    }

    /** Before the fault-free rounds at the end: the server runs again. */
    void finish() {
        if (!server.running()) {
            start();
        }
    }

    private void start() {
        server.start();
        restarts++;
    }
}
