package uk.graduated.server.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The figures of several runs of one measurement: the table reports their median, min and max. */
public final class Samples {
    private final List<Double> values = new ArrayList<>();

    public void add(double value) {
        values.add(value);
    }

    public int count() {
        return values.size();
    }

    public double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return sorted().get(0);
    }

    public double max() {
        return sorted().get(values.size() - 1);
    }

    /** The value below which {@code percent} of the samples lie (nearest rank). */
    public double percentile(double percent) {
        List<Double> sorted = sorted();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private List<Double> sorted() {
        if (values.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
