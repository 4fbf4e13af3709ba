package uk.graduated.model.sen;

import java.time.LocalDate;
import java.util.UUID;
import uk.graduated.model.validation.FieldChecks;
import uk.graduated.model.validation.Violations;

/**
 * A pupil's type of need with its census rank, as the CTF's {@code SENneed} carries it. Like
 * {@link ProvisionEntry}, the period is half-open: {@code endDate} is the first day it no longer applied.
 *
 * @param id        client-generated id
 * @param pupilId   whose need
 * @param type      census type of need
 * @param rank      {@link #PRIMARY} or {@link #SECONDARY}
 * @param startDate first day it applied
 * @param endDate   first day it no longer applied, after {@code startDate}; null while open
 */
public record RankedNeed(UUID id, UUID pupilId, NeedType type, int rank, LocalDate startDate, LocalDate endDate) {
    /** Rank of the primary need, required for E and K. */
    public static final int PRIMARY = 1;
    /** Rank of the secondary need; the census ranks no further. */
    public static final int SECONDARY = 2;

    public RankedNeed {
        Violations v = new Violations();
        v.require("id", id);
        v.require("pupilId", pupilId);
        v.require("type", type);
        if (rank != PRIMARY && rank != SECONDARY) {
            v.add("rank", "out_of_range", "rank must be 1 (primary) or 2 (secondary)");
        }
        v.require("startDate", startDate);
        FieldChecks.after(v, "endDate", endDate, "startDate", startDate);
        v.throwIfAny();
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || date.isBefore(endDate));
    }
}
