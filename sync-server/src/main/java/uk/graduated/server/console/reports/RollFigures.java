package uk.graduated.server.console.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.graduated.model.sen.BroadArea;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/**
 * The roll on one day: pupils by SEN provision, and those with SEN (E or K) by the broad area of their
 * primary need and by primary need, as governors see them (small counts suppressed).
 */
public record RollFigures(LocalDate on, int onRoll, Breakdown byProvision, Breakdown byArea, Breakdown byPrimaryNeed,
        int withSen) {
    static final String NO_AREA = "Other or not yet assessed (OTH, NSA)";
    static final String NO_PRIMARY = "No primary need recorded";

    static RollFigures of(LocalDate on, List<ReportsDao.RollRow> roll) {
        Map<SenProvision, Integer> provisions = new EnumMap<>(SenProvision.class);
        Map<NeedType, Integer> needs = new EnumMap<>(NeedType.class);
        Map<BroadArea, Integer> areas = new EnumMap<>(BroadArea.class);
        int noArea = 0;
        int noPrimary = 0;
        for (ReportsDao.RollRow row : roll) {
            provisions.merge(row.provision(), 1, Integer::sum);
            if (!row.provision().isOnRegister()) {
                continue;
            }
            if (row.primary() == null) {
                noPrimary++;
                continue;
            }
            needs.merge(row.primary(), 1, Integer::sum);
            if (row.primary().broadArea().isPresent()) {
                areas.merge(row.primary().broadArea().get(), 1, Integer::sum);
            } else {
                noArea++;
            }
        }
        List<String> provisionLabels = new ArrayList<>();
        List<Integer> provisionCounts = new ArrayList<>();
        for (SenProvision p : SenProvision.values()) {
            provisionLabels.add(p.censusCode() + ": " + p.description());
            provisionCounts.add(provisions.getOrDefault(p, 0));
        }
        List<String> areaLabels = new ArrayList<>();
        List<Integer> areaCounts = new ArrayList<>();
        for (BroadArea a : BroadArea.values()) {
            areaLabels.add(a.label());
            areaCounts.add(areas.getOrDefault(a, 0));
        }
        areaLabels.add(NO_AREA);
        areaCounts.add(noArea);
        List<String> needLabels = new ArrayList<>();
        List<Integer> needCounts = new ArrayList<>();
        for (NeedType t : NeedType.values()) {
            needLabels.add(t.censusCode() + ": " + t.description());
            needCounts.add(needs.getOrDefault(t, 0));
        }
        if (noPrimary > 0) {
            areaLabels.add(NO_PRIMARY);
            areaCounts.add(noPrimary);
            needLabels.add(NO_PRIMARY);
            needCounts.add(noPrimary);
        }
        int withSen = provisions.getOrDefault(SenProvision.E, 0) + provisions.getOrDefault(SenProvision.K, 0);
        return new RollFigures(on, roll.size(), Breakdown.of(provisionLabels, provisionCounts),
                Breakdown.of(areaLabels, areaCounts), Breakdown.of(needLabels, needCounts), withSen);
    }

    /**
     * Pupils with E or K. Hidden, too, when exactly one of E and K is: the other and this total would
     * give it away.
     */
    public PupilCount senPupils() {
        boolean ehcHidden = byProvision.rows().get(0).count().hidden();
        boolean supportHidden = byProvision.rows().get(1).count().hidden();
        PupilCount count = PupilCount.of(withSen);
        return ehcHidden != supportHidden ? new PupilCount(withSen, true) : count;
    }

    /** The share of the roll with SEN; hidden with the count it comes from. */
    public String senShare() {
        return senPupils().hidden() ? senPupils().display() : Figures.percent(withSen, onRoll);
    }
}
