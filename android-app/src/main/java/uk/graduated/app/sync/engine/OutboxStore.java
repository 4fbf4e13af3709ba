package uk.graduated.app.sync.engine;

import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.Mutation;

/** The durable queue of local changes waiting for the server's answer. */
public interface OutboxStore {
    /**
     * The oldest mutations of one person that still wait for an answer (rejected ones do not), in
     * the order they were made, each with the id it was given when saved: a resend reuses it.
     */
    List<Mutation> waiting(UUID staffId, int limit);

    /** Records the server's answers, all in one local transaction. */
    void settle(List<Settlement> settlements);
}
