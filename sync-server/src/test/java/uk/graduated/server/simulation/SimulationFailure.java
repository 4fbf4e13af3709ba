package uk.graduated.server.simulation;

/** A guarantee of docs/sync.md that one run of the simulation saw broken. */
final class SimulationFailure extends RuntimeException {
    SimulationFailure(String message) {
        super(message);
    }
}
