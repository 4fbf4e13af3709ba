package uk.graduated.server.console.reviews;

import java.time.LocalDate;
import uk.graduated.model.sen.BroadArea;

/**
 * One intervention in a pupil's annual review pack, over the pack's period.
 *
 * @param planned          sessions its schedule planned while the pupil was in the group
 * @param delivered        sessions logged with the pupil on the register
 * @param attended         of those, the sessions the pupil was present at
 * @param attendedMinutes  the time the pupil received
 * @param pupilsSharing    different pupils on those registers, who share the cost
 * @param costSharePence   the pupil's share of the cost; see {@link AnnualReviewPack}
 * @param absences         absence reasons with counts, e.g. "Ill 1", or empty
 */
public record InterventionLine(String name, BroadArea area, LocalDate joined, LocalDate left, String schedule,
        int planned, int delivered, int attended, long attendedMinutes, int pupilsSharing, long costSharePence,
        String absences) {

    public int absent() {
        return delivered - attended;
    }
}
