package uk.graduated.server.proof.fuzz;

import java.util.Random;

/** A strategy whose requests go out one at a time ({@link FuzzRequest#alone()}), for a route that claims what it works on. */
record SentAlone(Strategy strategy) implements Strategy {
    @Override
    public String route() {
        return strategy.route();
    }

    @Override
    public FuzzRequest next(Random random, Faults faults) {
        return strategy.next(random, faults).alone();
    }

    @Override
    public FuzzRequest huge(Faults faults) {
        FuzzRequest huge = strategy.huge(faults);
        return huge == null ? null : huge.alone();
    }
}
