package uk.graduated.server.console.pupil;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.graduated.model.session.Rating;
import uk.graduated.server.console.web.Dates;

/**
 * A line chart of one target's session ratings over time, laid out here and drawn by the template as
 * inline SVG: it needs no script, prints, and carries a text summary and a table of its points for
 * people who cannot see it. The x axis is time (so gaps between sessions show); the y axis the four
 * points of {@link Rating}, "Not yet" at the bottom.
 */
public record RatingChart(List<Point> points, List<AxisLabel> xLabels, List<AxisLabel> yLabels, String line,
        String summary) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 230;
    static final int LEFT = 110;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 44;
    /** At most this many dates under the axis, so labels never overlap at 640 units wide. */
    static final int MAX_X_LABELS = 6;

    /** A point with its position, and what it stands for. */
    public record Point(double x, double y, LocalDate date, Rating rating) {
        public String label() {
            return Dates.day(date) + ": " + rating.description();
        }
    }

    /**
     * A tick on an axis: where, its text, and how the text sits on it ({@code start}, {@code middle} or
     * {@code end}: the outermost dates lean inwards so they stay inside the chart).
     */
    public record AxisLabel(double position, String text, String anchor) {
    }

    public RatingChart {
        points = List.copyOf(points);
        xLabels = List.copyOf(xLabels);
        yLabels = List.copyOf(yLabels);
    }

    /** The chart of {@code ratings} (one target's, oldest first); null when there are none. */
    public static RatingChart of(List<RatingPoint> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        LocalDate first = ratings.get(0).date();
        LocalDate last = ratings.get(ratings.size() - 1).date();
        long span = ChronoUnit.DAYS.between(first, last);
        List<Point> points = new ArrayList<>();
        for (RatingPoint r : ratings) {
            points.add(new Point(x(r.date(), first, span), y(r.rating()), r.date(), r.rating()));
        }
        String line = points.stream().map(p -> fmt(p.x()) + "," + fmt(p.y())).collect(Collectors.joining(" "));
        return new RatingChart(points, xLabels(first, span), ratingLabels(), line, summary(ratings));
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    public double plotTop() {
        return TOP;
    }

    public double plotBottom() {
        return HEIGHT - BOTTOM;
    }

    /** Number text for an SVG attribute: at most two decimals, a dot as separator whatever the locale. */
    public static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static double x(LocalDate date, LocalDate first, long span) {
        double width = WIDTH - LEFT - RIGHT;
        if (span == 0) {
            return LEFT + width / 2;
        }
        return LEFT + width * ChronoUnit.DAYS.between(first, date) / span;
    }

    static double y(Rating rating) {
        double height = HEIGHT - TOP - BOTTOM;
        return TOP + height * (Rating.INDEPENDENTLY.value() - rating.value()) / (Rating.INDEPENDENTLY.value() - 1);
    }

    /** Evenly spaced dates from the first to the last, no more than {@link #MAX_X_LABELS}. */
    private static List<AxisLabel> xLabels(LocalDate first, long span) {
        List<AxisLabel> labels = new ArrayList<>();
        int count = span == 0 ? 1 : (int) Math.min(MAX_X_LABELS, span + 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = count == 1 ? first : first.plusDays(Math.round((double) span * i / (count - 1)));
            String anchor = count == 1 ? "middle" : i == 0 ? "start" : i == count - 1 ? "end" : "middle";
            labels.add(new AxisLabel(x(date, first, span), Dates.shortDay(date), anchor));
        }
        return labels;
    }

    private static List<AxisLabel> ratingLabels() {
        List<AxisLabel> labels = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            labels.add(new AxisLabel(y(rating), rating.label(), "end"));
        }
        return labels;
    }

    private static String summary(List<RatingPoint> ratings) {
        RatingPoint first = ratings.get(0);
        RatingPoint last = ratings.get(ratings.size() - 1);
        if (ratings.size() == 1) {
            return "One rating, on " + Dates.day(first.date()) + ": " + first.rating().description() + ".";
        }
        return ratings.size() + " ratings from " + Dates.day(first.date()) + " to " + Dates.day(last.date())
                + ". First: " + first.rating().description() + ". Latest: " + last.rating().description() + ".";
    }
}
