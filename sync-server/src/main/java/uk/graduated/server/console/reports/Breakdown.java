package uk.graduated.server.console.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pupils split into categories (by provision, by broad area, by need) beside their total. Counts of
 * 1-4 are suppressed; when exactly one is, the next smallest non-zero count is withheld too ("not
 * shown"), because otherwise the hidden one is the total minus the others.
 */
public record Breakdown(List<Row> rows, int total) {
    /** One category and its count. */
    public record Row(String label, PupilCount count) {
    }

    public Breakdown {
        rows = List.copyOf(rows);
    }

    public static Breakdown of(List<String> labels, List<Integer> counts) {
        List<Row> rows = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), PupilCount.of(counts.get(i))));
            total += counts.get(i);
        }
        long hidden = rows.stream().filter(r -> r.count().hidden()).count();
        if (hidden == 1) {
            rows.stream().filter(r -> !r.count().hidden() && r.count().value() > 0)
                    .min(Comparator.comparingInt(r -> r.count().value()))
                    .ifPresent(r -> rows.set(rows.indexOf(r), new Row(r.label(), r.count().hide())));
        }
        return new Breakdown(rows, total);
    }

    public PupilCount count(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).map(Row::count).findFirst().orElseThrow();
    }

    /** The largest shown count, for scaling a chart. */
    public int largestShown() {
        return rows.stream().filter(r -> !r.count().hidden()).mapToInt(r -> r.count().value()).max().orElse(0);
    }
}
