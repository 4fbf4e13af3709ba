package uk.graduated.server.proof.fuzz;

import uk.graduated.server.proof.RawHttp;

/**
 * One generated request: the route it aims at (as the server registered it), the bytes to send, what
 * was done to it, and what the server may do with it.
 */
record FuzzRequest(String route, RawHttp.Request request, String fault, Expect expect) {
    enum Expect {
        /** Malformed or unauthorised: must be refused (4xx, or a redirect to sign-in) and write nothing. */
        REFUSED,
        /**
         * Must be refused, as {@link #REFUSED}, but is sent alone: it acts on state a single request holds at
         * a time (an import being confirmed is claimed, so a second at once is told it is under way).
         */
        REFUSED_ALONE,
        /** A read: any answer but a 5xx, and nothing written. */
        READ_ONLY,
        /**
         * Well-formed but hostile (SQL or markup in a text field, odd record fields inside a push): may be
         * accepted, so it is checked on its own; if refused, it must have written nothing.
         */
        MAY_WRITE
    }

    boolean mustBeRefused() {
        return expect == Expect.REFUSED || expect == Expect.REFUSED_ALONE;
    }

    /** A copy of this request to be sent alone ({@link Expect#REFUSED_ALONE} for one that must be refused). */
    FuzzRequest alone() {
        return expect == Expect.REFUSED ? new FuzzRequest(route, request, fault, Expect.REFUSED_ALONE) : this;
    }

    boolean isConsole() {
        return route.contains(" /console");
    }
}
