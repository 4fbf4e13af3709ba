package uk.graduated.server.console.reports;

import java.util.List;

/** The reports page: a term's figures in sections, and the terms that can be chosen. */
public record ReportsView(GovernorsReport report, List<ReportSection> sections, List<Term> terms) {
    public ReportsView {
        sections = List.copyOf(sections);
        terms = List.copyOf(terms);
    }

    public String privacy() {
        return Notes.PRIVACY;
    }

    public List<String> method() {
        return Notes.METHOD;
    }

    public String pdfHref() {
        return "/console/reports/governors.pdf?term=" + report.term().param();
    }
}
