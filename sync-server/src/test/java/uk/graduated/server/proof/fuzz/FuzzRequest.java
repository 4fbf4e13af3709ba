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
        /** A read: any answer but a 5xx, and nothing written. */
        READ_ONLY,
        /**
         * Well-formed but hostile (SQL or markup in a text field, odd record fields inside a push): may be
         * accepted, so it is checked on its own; if refused, it must have written nothing.
         */
        MAY_WRITE
    }

    boolean isConsole() {
        return route.contains(" /console");
    }
}
