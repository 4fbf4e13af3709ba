package uk.graduated.server.proof.fuzz;

import java.util.Random;

/** How to make malformed requests for one registered route ({@code "POST /api/v1/staff"}). */
interface Strategy {
    String route();

    /** The next request, every choice taken from {@code random}. */
    FuzzRequest next(Random random, Faults faults);

    /** A request over the 16 MiB body limit, or null when the route takes no body worth sending one to. */
    FuzzRequest huge(Faults faults);
}
