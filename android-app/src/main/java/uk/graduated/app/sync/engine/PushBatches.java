package uk.graduated.app.sync.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.graduated.model.sync.Mutation;

/** Cuts the outbox into pushes the server accepts: at most 500 mutations and 16 MiB each. */
final class PushBatches {
    /** Room for the request's own members around the mutations. */
    private static final int ENVELOPE_BYTES = 256;

    private PushBatches() {
    }

    /**
     * How many of {@code waiting}, from the first, fit in one request body of {@code maxBytes};
     * always at least one, since a single mutation's fields are limited far below a body.
     */
    static int fitting(List<Mutation> waiting, long maxBytes) {
        long bytes = ENVELOPE_BYTES;
        int count = 0;
        for (Mutation mutation : waiting) {
            bytes += mutation.toJson().getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes > maxBytes && count > 0) {
                break;
            }
            count++;
        }
        return count;
    }
}
