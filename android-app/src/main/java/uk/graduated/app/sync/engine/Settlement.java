package uk.graduated.app.sync.engine;

import uk.graduated.model.sync.Mutation;
import uk.graduated.model.sync.MutationOutcome;

/** What the outbox does with one pushed mutation once the server has answered for it. */
public sealed interface Settlement permits Settlement.Acknowledged, Settlement.Refused {
    Mutation mutation();

    /**
     * Applied or merged: the outbox row leaves and the record remembers {@code serverVersion} as
     * the version it last saw (for an acknowledged delete, the local row goes too).
     */
    record Acknowledged(Mutation mutation, long serverVersion) implements Settlement {
    }

    /** Rejected: the row stays, marked with the server's reason, until the person deals with it. */
    record Refused(Mutation mutation, MutationOutcome.Rejected rejection) implements Settlement {
    }
}
