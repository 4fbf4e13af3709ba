package uk.graduated.server.console.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Horizontal bars of progress per GBP 100 per intervention, laid out here and drawn by the template as
 * inline SVG with a text summary (the impact table is the full text alternative). Bars start at zero,
 * so a negative value points left; a dashed line marks the median the change rule compares with.
 */
public record BarChart(List<Bar> bars, List<Tick> ticks, double zeroX, Double medianX, int height, String summary) {
    public static final int WIDTH = 720;
    static final double LEFT = 240;
    static final double RIGHT = 70;
    static final double TOP = 8;
    static final double BAR = 22;
    static final double GAP = 12;
    static final double AXIS = 34;
    static final int MAX_LABEL = 34;

    /** A bar: where it is drawn, what it says. */
    public record Bar(String label, String valueText, double x, double y, double width, double textX) {
    }

    /** A value on the axis under the bars. */
    public record Tick(double x, String text) {
    }

    public BarChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** The chart of the figures that have a progress per GBP 100; null when none has. */
    public static BarChart of(List<ImpactFigures> figures) {
        List<ImpactFigures> shown = figures.stream().filter(f -> f.perHundredPounds() != null)
                .sorted(Comparator.comparing(ImpactFigures::perHundredPounds).reversed())
                .collect(Collectors.toList());
        if (shown.isEmpty()) {
            return null;
        }
        double min = Math.min(0, shown.get(shown.size() - 1).perHundredPounds().doubleValue());
        double max = Math.max(0, shown.get(0).perHundredPounds().doubleValue());
        double step = niceStep((max - min) / 4);
        double low = Math.floor(min / step) * step;
        double high = Math.max(Math.ceil(max / step) * step, low + step);
        double plot = WIDTH - LEFT - RIGHT;
        List<Bar> bars = new ArrayList<>();
        double zero = LEFT + plot * (0 - low) / (high - low);
        for (int i = 0; i < shown.size(); i++) {
            double value = shown.get(i).perHundredPounds().doubleValue();
            double end = LEFT + plot * (value - low) / (high - low);
            double y = TOP + i * (BAR + GAP);
            bars.add(new Bar(shorten(shown.get(i).label()), shown.get(i).perHundredText(), Math.min(zero, end), y,
                    Math.abs(end - zero), Math.max(zero, end) + 6));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double v = low; v <= high + step / 2; v += step) {
            ticks.add(new Tick(LEFT + plot * (v - low) / (high - low), number(v)));
        }
        BigDecimal median = ImpactRules.median(figures);
        Double medianX = median == null ? null : LEFT + plot * (median.doubleValue() - low) / (high - low);
        int height = (int) Math.ceil(TOP + shown.size() * (BAR + GAP) + AXIS);
        return new BarChart(bars, ticks, zero, medianX, height, summary(shown, median));
    }

    public double axisY() {
        return height - AXIS + 4;
    }

    public static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        BigDecimal exact = BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String summary(List<ImpactFigures> shown, BigDecimal median) {
        ImpactFigures best = shown.get(0);
        ImpactFigures worst = shown.get(shown.size() - 1);
        String text = "Progress per £100 for " + shown.size() + (shown.size() == 1 ? " intervention" : " interventions")
                + ": highest " + best.label() + " (" + best.perHundredText() + ")";
        if (shown.size() > 1) {
            text += ", lowest " + worst.label() + " (" + worst.perHundredText() + ")";
        }
        return text + (median == null ? "." : "; median " + ImpactFigures.signed(median.setScale(2,
                RoundingMode.HALF_UP)) + ".");
    }
}
