package uk.graduated.server.console.provision;

import java.util.List;

/** One intervention's page: its figures from start to the day counted, and its group. */
public record InterventionView(ReportPeriod whole, InterventionLine line, List<MemberLine> members) {
    public InterventionView {
        members = List.copyOf(members);
    }
}
