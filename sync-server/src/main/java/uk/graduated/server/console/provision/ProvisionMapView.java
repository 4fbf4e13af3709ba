package uk.graduated.server.console.provision;

import java.time.LocalDate;
import java.util.List;
import uk.graduated.server.console.web.Dates;

/**
 * The provision map page.
 *
 * @param period  the period the costs and totals cover
 * @param term    the current term, whose weeks the planned-and-delivered table shows
 * @param mondays the weeks of the term so far
 */
public record ProvisionMapView(ReportPeriod period, ReportPeriod term, List<InterventionLine> lines,
        List<LocalDate> mondays) {
    public ProvisionMapView {
        lines = List.copyOf(lines);
        mondays = List.copyOf(mondays);
    }

    public long totalCostPence() {
        return lines.stream().mapToLong(InterventionLine::periodCostPence).sum();
    }

    public long totalMinutes() {
        return lines.stream().mapToLong(InterventionLine::deliveredMinutes).sum();
    }

    public int totalPlanned() {
        return lines.stream().mapToInt(InterventionLine::plannedSessions).sum();
    }

    public int totalDelivered() {
        return lines.stream().mapToInt(InterventionLine::deliveredSessions).sum();
    }

    public String weekLabel(LocalDate monday) {
        return Dates.shortDay(monday);
    }

    public String countedTo() {
        return Dates.date(period.countedTo());
    }
}
