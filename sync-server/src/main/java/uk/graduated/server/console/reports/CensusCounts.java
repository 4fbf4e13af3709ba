package uk.graduated.server.console.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.graduated.model.sen.NeedType;
import uk.graduated.model.sen.SenProvision;

/**
 * Pupils on roll on one day in the shape of the January school census: by SEN provision, and those
 * with E or K by primary (rank 1) and secondary (rank 2) need type. For the SENCO to check against
 * the MIS before the return, so nothing is suppressed; not for publication.
 *
 * @param missingPrimary pupils with E or K and no primary need: the census rejects them
 */
public record CensusCounts(LocalDate on, int onRoll, Map<SenProvision, Integer> byProvision, List<Line> lines,
        Map<SenProvision, Integer> missingPrimary) {

    /** One need type's counts: pupils with it as primary and as secondary need, under E and under K. */
    public record Line(NeedType type, int primaryE, int secondaryE, int primaryK, int secondaryK) {
        public int total() {
            return primaryE + secondaryE + primaryK + secondaryK;
        }
    }

    public CensusCounts {
        byProvision = Map.copyOf(byProvision);
        lines = List.copyOf(lines);
        missingPrimary = Map.copyOf(missingPrimary);
    }

    static CensusCounts of(LocalDate on, List<ReportsDao.RollRow> roll) {
        Map<SenProvision, Integer> provisions = new EnumMap<>(SenProvision.class);
        Map<SenProvision, Integer> missing = new EnumMap<>(SenProvision.class);
        Map<NeedType, int[]> counts = new EnumMap<>(NeedType.class);
        for (SenProvision p : SenProvision.values()) {
            provisions.put(p, 0);
            missing.put(p, 0);
        }
        for (ReportsDao.RollRow row : roll) {
            provisions.merge(row.provision(), 1, Integer::sum);
            if (!row.provision().isOnRegister()) {
                continue;
            }
            int offset = row.provision() == SenProvision.E ? 0 : 2;
            if (row.primary() == null) {
                missing.merge(row.provision(), 1, Integer::sum);
            } else {
                counts.computeIfAbsent(row.primary(), t -> new int[4])[offset]++;
            }
            if (row.secondary() != null) {
                counts.computeIfAbsent(row.secondary(), t -> new int[4])[offset + 1]++;
            }
        }
        List<Line> lines = new ArrayList<>();
        for (NeedType type : NeedType.values()) {
            int[] c = counts.getOrDefault(type, new int[4]);
            lines.add(new Line(type, c[0], c[1], c[2], c[3]));
        }
        return new CensusCounts(on, roll.size(), provisions, lines, missing);
    }

    public int count(SenProvision provision) {
        return byProvision.get(provision);
    }

    public Line line(NeedType type) {
        return lines.stream().filter(l -> l.type() == type).findFirst().orElseThrow();
    }

    public int missingPrimaryTotal() {
        return missingPrimary.values().stream().mapToInt(Integer::intValue).sum();
    }
}
