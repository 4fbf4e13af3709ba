package uk.graduated.server.console.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.graduated.model.intervention.Intervention;
import uk.graduated.server.console.provision.ReportPeriod;

/**
 * The impact page.
 *
 * @param median the median progress per GBP 100 the change rule compares with; null with nothing to compare
 * @param chart  progress per GBP 100 per intervention
 */
public record ImpactView(ReportPeriod period, List<Line> lines, List<ImpactFigures> areas, BigDecimal median,
        BarChart chart) {
    /** An intervention with its figures and the rules' recommendation. */
    public record Line(Intervention intervention, ImpactFigures figures, Recommendation recommendation) {
        public String href() {
            return "/console/provision/" + intervention.id();
        }
    }

    public ImpactView {
        lines = List.copyOf(lines);
        areas = List.copyOf(areas);
    }

    public String medianText() {
        return median == null ? "–" : ImpactFigures.signed(median.setScale(2, RoundingMode.HALF_UP));
    }
}
