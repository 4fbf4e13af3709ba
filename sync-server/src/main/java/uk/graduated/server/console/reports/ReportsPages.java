package uk.graduated.server.console.reports;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.graduated.model.validation.ValidationException;
import uk.graduated.server.console.pdf.PdfDownload;
import uk.graduated.server.console.web.ConsoleUser;
import uk.graduated.server.console.web.Page;
import uk.graduated.server.console.web.Section;
import uk.graduated.server.console.web.Templates;

/**
 * {@code /console/reports}: the SEN figures of a term (as in the SEN information report) with the
 * governors' PDF, and the census counts as a table and CSV.
 */
public final class ReportsPages {
    /** Terms offered: this one and the five before it. */
    static final int TERMS_OFFERED = 6;

    private final ReportsService reports;
    private final Templates templates;

    public ReportsPages(ReportsService reports, Templates templates) {
        this.reports = reports;
        this.templates = templates;
    }

    public void figures(Context ctx, ConsoleUser user) {
        Term term = term(ctx);
        GovernorsReport report = reports.governors(user.principal(), term);
        templates.send(ctx, "console/reports.jte", Map.of("page", Page.of(user, "Reports", Section.REPORTS),
                "view", new ReportsView(report, ReportSections.of(report), terms())));
    }

    public void governorsPdf(Context ctx, ConsoleUser user) {
        GovernorsReport report = reports.governors(user.principal(), term(ctx));
        PdfDownload.send(ctx, "sen-summary-" + report.term().param() + ".pdf",
                GovernorsPdf.render(report, user.schoolName()));
    }

    public void census(Context ctx, ConsoleUser user) {
        CensusCounts counts = reports.census(user.principal(), date(ctx));
        templates.send(ctx, "console/census.jte", Map.of("page", Page.of(user, "Census counts", Section.REPORTS),
                "view", new CensusView(counts, reports.today())));
    }

    public void censusCsv(Context ctx, ConsoleUser user) {
        CensusCounts counts = reports.census(user.principal(), date(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"sen-census-" + counts.on() + ".csv\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(new String(CensusCsv.write(counts), StandardCharsets.UTF_8));
    }

    private Term term(Context ctx) {
        return Term.parse(ctx.queryParam("term"), reports.currentTerm());
    }

    private List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        Term term = reports.currentTerm();
        for (int i = 0; i < TERMS_OFFERED; i++, term = term.previous()) {
            terms.add(term);
        }
        return terms;
    }

    /** The {@code on} parameter: an ISO date from 2000 to 2100; today when absent. */
    private LocalDate date(Context ctx) {
        String value = ctx.queryParam("on");
        if (value == null || value.isBlank()) {
            return reports.today();
        }
        try {
            LocalDate on = LocalDate.parse(value.strip());
            if (on.getYear() >= 2000 && on.getYear() <= 2100) {
                return on;
            }
        } catch (DateTimeParseException e) {
            // Refused below with the field named.
        }
        throw ValidationException.of("on", "invalid_value", "on must be a date such as 2027-01-21");
    }
}
