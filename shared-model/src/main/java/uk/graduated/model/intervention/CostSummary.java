package uk.graduated.model.intervention;

/** An intervention's cost split into staff time and resources, in whole pence. */
public record CostSummary(long staffPence, long resourcesPence) {
    public long totalPence() {
        return staffPence + resourcesPence;
    }
}
