package uk.graduated.server.simulation;

import java.util.Map;
import java.util.TreeMap;

/** What one run did and checked, summed over seeds for docs/reliability.md. */
final class SimulationStats {
    int mutationsSaved;
    int acknowledged;
    int merged;
    int wipedByRevocation;
    int skewedTablets;
    int pushes;
    int pulls;
    int resyncs;
    int abandonedRounds;
    long scopeChecks;
    long recordsCompared;
    final Map<String, Integer> rejectedByCode = new TreeMap<>();
    final Map<String, Integer> faults = new TreeMap<>();
    final Map<String, Integer> scopeEvents = new TreeMap<>();

    void add(SimulationStats other) {
        mutationsSaved += other.mutationsSaved;
        acknowledged += other.acknowledged;
        merged += other.merged;
        wipedByRevocation += other.wipedByRevocation;
        skewedTablets += other.skewedTablets;
        pushes += other.pushes;
        pulls += other.pulls;
        resyncs += other.resyncs;
        abandonedRounds += other.abandonedRounds;
        scopeChecks += other.scopeChecks;
        recordsCompared += other.recordsCompared;
        other.rejectedByCode.forEach((k, v) -> rejectedByCode.merge(k, v, Integer::sum));
        other.faults.forEach((k, v) -> faults.merge(k, v, Integer::sum));
        other.scopeEvents.forEach((k, v) -> scopeEvents.merge(k, v, Integer::sum));
    }

    @Override
    public String toString() {
        return "mutations saved " + mutationsSaved + ", acknowledged " + acknowledged + " (merged " + merged
                + "), rejected " + rejectedByCode + ", wiped by revocation " + wipedByRevocation
                + "; pushes " + pushes + ", pulls " + pulls + ", must-resyncs " + resyncs
                + ", rounds cut by faults " + abandonedRounds + "; faults " + faults + ", tablets with skewed clocks "
                + skewedTablets + ", scope events " + scopeEvents + "; records checked in scope " + scopeChecks
                + ", records compared at the end " + recordsCompared;
    }
}
