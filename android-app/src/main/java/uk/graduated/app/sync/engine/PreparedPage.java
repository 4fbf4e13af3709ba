package uk.graduated.app.sync.engine;

import uk.graduated.model.sync.PullResponse;

/**
 * A pull page with whatever its applier worked out from the page alone, before the local
 * transaction: see {@link LocalApplier#prepare}.
 */
public interface PreparedPage {
    PullResponse page();
}
