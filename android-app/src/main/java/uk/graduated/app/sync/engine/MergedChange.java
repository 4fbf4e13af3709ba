package uk.graduated.app.sync.engine;

import java.util.List;
import java.util.UUID;
import uk.graduated.model.sync.EntityType;
import uk.graduated.model.sync.FieldResolution;

/**
 * A local edit the server merged with another device's edit of the same fields. This tablet's
 * values won; the other values went to the record's history, and long text kept in both forms is
 * flagged for the SENCO, which the person is told about.
 */
public record MergedChange(EntityType entityType, UUID entityId, List<FieldResolution> resolutions) {
    public MergedChange {
        resolutions = List.copyOf(resolutions);
    }

    /** Whether some long text was kept in both forms for the SENCO to reconcile. */
    public boolean keptBoth() {
        return resolutions.stream().anyMatch(r -> r.resolution() == FieldResolution.Resolution.KEPT_BOTH);
    }
}
