package uk.graduated.server.console.pupil;

import java.util.List;
import uk.graduated.model.sen.RankedNeed;
import uk.graduated.server.auth.Principal;

/** Saves checked needs as the signed-in SENCO, keeping their history and the sync change log. */
@FunctionalInterface
public interface NeedWriter {
    /**
     * One need to save.
     *
     * @param baseVersion the version the edit was based on, or null for a new need
     */
    record Write(RankedNeed need, Long baseVersion) {
    }

    /** @return why a write was refused, one sentence each; empty when every write was applied */
    List<String> write(Principal senco, List<Write> writes);
}
