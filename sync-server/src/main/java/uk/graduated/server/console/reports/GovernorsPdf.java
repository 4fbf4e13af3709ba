package uk.graduated.server.console.reports;

import java.util.ArrayList;
import java.util.List;
import uk.graduated.server.console.pdf.PdfReport;

/** The termly SEN summary for governors as a PDF: aggregates only, no pupil named. */
public final class GovernorsPdf {
    private GovernorsPdf() {
    }

    public static byte[] render(GovernorsReport report, String schoolName) {
        PdfReport pdf = new PdfReport("Termly SEN summary for governors", schoolName, report.today());
        pdf.paragraph(report.term().label() + ", " + Figures.date(report.term().start()) + " to "
                + Figures.date(report.term().end()) + (report.isCurrentTerm() ? " (figures to " + Figures.date(report.asOf())
                + ")" : "") + ", compared with the " + report.previousTerm().label().toLowerCase(java.util.Locale.UK) + ".");
        pdf.paragraph(Notes.PRIVACY);
        for (ReportSection section : ReportSections.of(report)) {
            pdf.heading(section.heading());
            pdf.paragraph(section.intro());
            pdf.table(section.headers(), section.rows(), 3f, 1.6f, 1.6f);
            ReportSection.Chart chart = section.chart();
            if (chart != null) {
                if (!chart.bars().isEmpty()) {
                    List<PdfReport.Bar> bars = new ArrayList<>();
                    chart.bars().forEach(b -> bars.add(new PdfReport.Bar(b.label(), b.value())));
                    pdf.barChart(chart.caption(), bars, chart.unit());
                }
                if (chart.note() != null) {
                    pdf.paragraph(chart.note());
                }
            }
        }
        pdf.heading("How these figures are made");
        Notes.METHOD.forEach(pdf::paragraph);
        return pdf.toBytes();
    }
}
