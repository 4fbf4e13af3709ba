package uk.graduated.server.register;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;

/** Answers whether the records a record names exist at the school: from the database, or from what a push knows. */
public interface ReferenceLookup {
    /**
     * @param idsByTarget the ids named, by the type they must be
     * @param includeDeleted whether a tombstone counts as existing
     * @return for each type asked about, the ids that exist
     */
    Map<EntityType, Set<UUID>> existing(Map<EntityType, Set<UUID>> idsByTarget, boolean includeDeleted);
}
