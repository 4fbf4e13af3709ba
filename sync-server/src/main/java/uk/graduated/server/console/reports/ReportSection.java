package uk.graduated.server.console.reports;

import java.util.List;

/**
 * One part of the governors' summary as both the PDF and the figures page show it: a heading, a
 * sentence saying what is counted, a table, and optionally a bar chart of the table's shown figures.
 *
 * @param chart null when the section has no chart or nothing in it may be shown
 */
public record ReportSection(String id, String heading, String intro, List<String> headers, List<List<String>> rows,
        Chart chart) {

    /** Bars of shown figures only; suppressed ones are left out and named in {@code note}. */
    public record Chart(String caption, List<Bar> bars, String unit, String note) {
        public Chart {
            bars = List.copyOf(bars);
        }

        /** The widest bar's value; 0 for a chart whose figures were all suppressed. */
        public double largest() {
            return bars.stream().mapToDouble(Bar::value).max().orElse(0);
        }

        /** A bar's length as a share of the widest, for the SVG. */
        public double share(Bar bar) {
            return largest() == 0 ? 0 : bar.value() / largest();
        }
    }

    public record Bar(String label, double value, String display) {
    }

    public ReportSection {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).collect(java.util.stream.Collectors.toUnmodifiableList());
    }
}
