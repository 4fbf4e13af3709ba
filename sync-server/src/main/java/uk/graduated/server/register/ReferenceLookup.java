package uk.graduated.server.register;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;

/** Answers whether the records a record names exist at the school; a push answers from what it knows (sync.KnownRecords). */
public interface ReferenceLookup {
    /**
     * @param idsByTarget the ids named, by the type they must be
     * @param includeDeleted whether a tombstone counts as existing
     * @return for each type asked about, the ids that exist
     */
    Map<EntityType, Set<UUID>> existing(Map<EntityType, Set<UUID>> idsByTarget, boolean includeDeleted);
}
