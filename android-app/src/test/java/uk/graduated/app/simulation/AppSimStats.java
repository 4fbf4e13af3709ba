package uk.graduated.app.simulation;

import java.util.Map;
import java.util.TreeMap;

/** What the app simulation did and checked, summed over seeds for docs/reliability.md. */
final class AppSimStats {
    int seeds;
    int tablets;
    int mutationsSaved;
    int acknowledged;
    int merged;
    int wipedByRevocation;
    int skewedTablets;
    int rounds;
    int roundsCutShort;
    int serverRestarts;
    int stepsWithServerDown;
    int roundsWhileServerDown;
    int savedDuringSync;
    int pushes;
    int pulls;
    int pagesChecked;
    long scopeChecks;
    long recordsCompared;
    int sharedScopeComparisons;
    final Map<String, Integer> rejectedByCode = new TreeMap<>();
    final Map<String, Integer> faults = new TreeMap<>();
    final Map<String, Integer> scopeEvents = new TreeMap<>();
    final Map<String, Integer> roundErrors = new TreeMap<>();

    void add(AppSimStats other) {
        seeds += other.seeds;
        tablets += other.tablets;
        mutationsSaved += other.mutationsSaved;
        acknowledged += other.acknowledged;
        merged += other.merged;
        wipedByRevocation += other.wipedByRevocation;
        skewedTablets += other.skewedTablets;
        rounds += other.rounds;
        roundsCutShort += other.roundsCutShort;
        serverRestarts += other.serverRestarts;
        stepsWithServerDown += other.stepsWithServerDown;
        roundsWhileServerDown += other.roundsWhileServerDown;
        savedDuringSync += other.savedDuringSync;
        pushes += other.pushes;
        pulls += other.pulls;
        pagesChecked += other.pagesChecked;
        scopeChecks += other.scopeChecks;
        recordsCompared += other.recordsCompared;
        sharedScopeComparisons += other.sharedScopeComparisons;
        other.rejectedByCode.forEach((k, v) -> rejectedByCode.merge(k, v, Integer::sum));
        other.faults.forEach((k, v) -> faults.merge(k, v, Integer::sum));
        other.scopeEvents.forEach((k, v) -> scopeEvents.merge(k, v, Integer::sum));
        other.roundErrors.forEach((k, v) -> roundErrors.merge(k, v, Integer::sum));
    }

    @Override
    public String toString() {
        return seeds + " seeds, " + tablets + " tablets (" + skewedTablets + " with skewed clocks); mutations saved "
                + mutationsSaved + " (" + savedDuringSync + " while a sync ran), acknowledged " + acknowledged
                + " (merged " + merged + "), rejected " + rejectedByCode + ", wiped by revocation " + wipedByRevocation
                + "; sync rounds " + rounds + " (" + roundsCutShort + " cut short: " + roundErrors + "), pushes "
                + pushes + ", pulls " + pulls + "; faults " + faults + "; server restarts " + serverRestarts + " ("
                + stepsWithServerDown + " steps stopped, " + roundsWhileServerDown + " rounds refused meanwhile)"
                + "; scope events " + scopeEvents
                + "; pages checked in scope " + pagesChecked + ", held records checked in scope " + scopeChecks
                + ", records compared with the server at the end " + recordsCompared
                + ", same-scope tablet pairs compared " + sharedScopeComparisons;
    }
}
