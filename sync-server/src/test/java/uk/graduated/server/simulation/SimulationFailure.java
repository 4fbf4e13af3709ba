package uk.graduated.server.simulation;

/** A guarantee of docs/sync.md that one run of the simulation saw broken. */
public final class SimulationFailure extends RuntimeException {
    public SimulationFailure(String message) {
        super(message);
    }
}
